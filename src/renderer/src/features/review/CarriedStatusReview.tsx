/**
 * The review of a carried status: the section header says the status came from the previous report and is not
 * reviewed, and one button (in the tab order next to the status) confirms it unchanged. Choosing another status or
 * a trend reviews it too (report-ops.ts).
 */
import { Button } from '@fluentui/react-components'
import { CheckmarkRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { awaitsReview, confirmCarriedStatus } from '../../../../shared/report-ops'
import { useChangeSection, useSectionSlice } from '../editor/use-section'
import { CarriedMark } from './CarriedMark'

export function CarriedStatusReview({ sectionId, disabled }: { sectionId: string; disabled: boolean }) {
  const { t } = useTranslation('review')
  const carried = useSectionSlice(sectionId, awaitsReview) ?? false
  const change = useChangeSection(sectionId)
  if (!carried) return null
  return (
    <div className="carried-review" role="group" aria-label={t('carried')}>
      <CarriedMark />
      <span id={`carried-hint-${sectionId}`} className="carried-hint">
        {t('carriedHint')}
      </span>
      <Button
        size="small"
        icon={<CheckmarkRegular />}
        disabled={disabled}
        aria-describedby={`carried-hint-${sectionId}`}
        onClick={(event) => {
          // The button goes once the status is reviewed: focus moves to the status it confirmed, not to the page.
          const status = event.currentTarget
            .closest('.section-header')
            ?.querySelector<HTMLElement>('.field-status select')
          change((section) => (awaitsReview(section) ? confirmCarriedStatus(section) : section))
          status?.focus()
        }}
      >
        {t('confirm')}
      </Button>
    </div>
  )
}
