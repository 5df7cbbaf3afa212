/**
 * The review of a carried status: the section header says the status came from the previous report and is not
 * reviewed, and one button (in the tab order next to the status) or Ctrl+Shift+K from anywhere in the report
 * confirms it unchanged. Choosing another status or a trend reviews it too (report-ops.ts). A polite live region
 * says what was confirmed, since the key leaves the focus where the user was typing.
 */
import { useRef, useState } from 'react'
import { Button } from '@fluentui/react-components'
import { CheckmarkRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { awaitsReview, confirmCarriedStatus } from '../../../../shared/report-ops'
import { useChangeSection, useSectionSlice } from '../editor/use-section'
import { CarriedMark } from './CarriedMark'
import { useConfirmShortcut } from './use-confirm-shortcut'

export function CarriedStatusReview({ sectionId, disabled }: { sectionId: string; disabled: boolean }) {
  const { t } = useTranslation('review')
  const { t: tc } = useTranslation()
  const carried = useSectionSlice(sectionId, awaitsReview) ?? false
  const status = useSectionSlice(sectionId, (s) => s.status) ?? 'not_assessed'
  const change = useChangeSection(sectionId)
  const live = useRef<HTMLSpanElement>(null)
  const [announced, setAnnounced] = useState<{ sectionId: string; text: string } | null>(null)

  const confirm = () => {
    const group = live.current?.parentElement?.querySelector('.carried-review')
    const onButton = group?.contains(document.activeElement) ?? false
    change((section) => (awaitsReview(section) ? confirmCarriedStatus(section) : section))
    setAnnounced({ sectionId, text: t('confirmed', { status: tc(`status.${status}`) }) })
    // The button goes once the status is reviewed: focus moves to the status it confirmed, not to the page.
    // From anywhere else (the key) the focus stays where it was.
    if (onButton)
      live.current?.closest('.section-header')?.querySelector<HTMLElement>('.field-status select')?.focus()
  }
  useConfirmShortcut(carried && !disabled, confirm)

  return (
    <div className="carried-status">
      {/* aria-live rather than role="status": the save state is the page's one status. */}
      <span ref={live} aria-live="polite" className="visually-hidden">
        {announced?.sectionId === sectionId ? announced.text : ''}
      </span>
      {carried && (
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
            aria-keyshortcuts="Control+Shift+K"
            title={`${t('confirm')} (${t('confirmKeys')})`}
            onClick={confirm}
          >
            {t('confirm')}
          </Button>
          <kbd className="carried-keys" aria-hidden="true">
            {t('confirmKeys')}
          </kbd>
        </div>
      )}
    </div>
  )
}
