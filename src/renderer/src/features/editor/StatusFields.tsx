/** Status and trend pickers: each option shows its icon (shape + colour) and word, never colour alone. */
import { Dropdown, Field, Option } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { STATUSES, TRENDS, type Status, type Trend } from '../../../../shared/model'
import { StatusBadge, TrendBadge } from '../../components/StatusBadge'
import { useChangeSection, useSectionSlice } from './use-section'

export function StatusField({ sectionId, disabled }: { sectionId: string; disabled: boolean }) {
  const { t } = useTranslation('editor')
  const { t: tc } = useTranslation()
  const status = useSectionSlice(sectionId, (s) => s.status) ?? 'not_assessed'
  const change = useChangeSection(sectionId)
  return (
    <Field label={t('section.status')} className="field-status">
      <Dropdown
        disabled={disabled}
        value={tc(`status.${status}`)}
        selectedOptions={[status]}
        button={<StatusBadge status={status} />}
        onOptionSelect={(_, data) => {
          const next = data.optionValue as Status | undefined
          if (next) change((s) => (s.status === next ? s : { ...s, status: next }))
        }}
      >
        {STATUSES.map((value) => (
          <Option key={value} value={value} text={tc(`status.${value}`)}>
            <StatusBadge status={value} />
          </Option>
        ))}
      </Dropdown>
    </Field>
  )
}

export function TrendField({ sectionId, disabled }: { sectionId: string; disabled: boolean }) {
  const { t } = useTranslation('editor')
  const { t: tc } = useTranslation()
  const trend = useSectionSlice(sectionId, (s) => s.trend) ?? 'none'
  const change = useChangeSection(sectionId)
  return (
    <Field label={t('section.trend')} className="field-trend">
      <Dropdown
        disabled={disabled}
        value={tc(`trend.${trend}`)}
        selectedOptions={[trend]}
        button={<TrendBadge trend={trend} />}
        onOptionSelect={(_, data) => {
          const next = data.optionValue as Trend | undefined
          if (next) change((s) => (s.trend === next ? s : { ...s, trend: next }))
        }}
      >
        {TRENDS.map((value) => (
          <Option key={value} value={value} text={tc(`trend.${value}`)}>
            <TrendBadge trend={value} />
          </Option>
        ))}
      </Dropdown>
    </Field>
  )
}
