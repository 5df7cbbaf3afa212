/**
 * Status and trend pickers. Native selects (robust with mouse, keyboard and screen readers); each option carries
 * its shape (✓ ● ▲ ○, ↗ → ↘) and word, and the coloured badge stands in the heading above — never colour alone.
 */
import { Field, Select } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { STATUSES, TRENDS, type Status, type Trend } from '../../../../shared/model'
import { awaitsReview, withStatus, withTrend } from '../../../../shared/report-ops'
import { useChangeSection, useSectionSlice } from './use-section'

const STATUS_SHAPES: Record<Status, string> = {
  on_track: '✓',
  needs_attention: '●',
  critical: '▲',
  not_assessed: '○'
}
const TREND_ARROWS: Record<Trend, string> = { improving: '↗', unchanged: '→', worsening: '↘', none: '–' }

export function StatusField({ sectionId, disabled }: { sectionId: string; disabled: boolean }) {
  const { t } = useTranslation('editor')
  const { t: tc } = useTranslation()
  const status = useSectionSlice(sectionId, (s) => s.status) ?? 'not_assessed'
  const change = useChangeSection(sectionId)
  return (
    <Field label={t('section.status')} className="field-status">
      <Select
        disabled={disabled}
        value={status}
        onChange={(_, data) => {
          const next = data.value as Status
          // With a predecessor the trend follows the status change (still editable below); without one it is the user's.
          change((s) =>
            s.status === next ? s : s.previousStatus ? withStatus(s, next) : { ...s, status: next }
          )
        }}
      >
        {STATUSES.map((value) => (
          <option key={value} value={value}>
            {`${STATUS_SHAPES[value]} ${tc(`status.${value}`)}`}
          </option>
        ))}
      </Select>
    </Field>
  )
}

export function TrendField({ sectionId, disabled }: { sectionId: string; disabled: boolean }) {
  const { t } = useTranslation('editor')
  const { t: tc } = useTranslation()
  const { t: tr } = useTranslation('review')
  const trend = useSectionSlice(sectionId, (s) => s.trend) ?? 'none'
  // A carried status has no trend yet: "not reviewed" shows instead of "no trend", which would read as chosen.
  const carried = useSectionSlice(sectionId, awaitsReview) ?? false
  const change = useChangeSection(sectionId)
  return (
    <Field label={t('section.trend')} className="field-trend">
      <Select
        disabled={disabled}
        value={carried ? '' : trend}
        onChange={(_, data) => {
          const next = data.value as Trend
          // Choosing a trend is a review: a carried status stops being marked as not reviewed.
          change((s) => (s.trend === next && !s.statusCarried ? s : withTrend(s, next)))
        }}
      >
        {carried && (
          <option value="" disabled>
            {tr('notReviewed')}
          </option>
        )}
        {TRENDS.map((value) => (
          <option key={value} value={value}>
            {`${TREND_ARROWS[value]} ${tc(`trend.${value}`)}`}
          </option>
        ))}
      </Select>
    </Field>
  )
}
