/** The top of the section editor: number and title, status, trend, owner, and the template's guidance. */
import { useEffect, useRef, useState } from 'react'
import { Button, Input } from '@fluentui/react-components'
import { ChevronDownRegular, ChevronRightRegular, InfoRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { sectionSchema } from '../../../../shared/model'
import { CheckedField } from '../../components/CheckedField'
import { CarriedStatusReview } from '../review/CarriedStatusReview'
import { StatusBadge } from '../../components/StatusBadge'
import { OwnerField } from './OwnerField'
import { StatusField, TrendField } from './StatusFields'
import { useChangeSection, useSectionSlice } from './use-section'
import { SpellCheckedText } from './spell/SpellCheckedText'

/** The heading (moving between sections), or the title selected to be typed over (a new section). */
export type FocusOnArrival = 'heading' | 'title'

export interface SectionHeaderProps {
  sectionId: string
  number: number
  disabled: boolean
  focusOnArrival?: FocusOnArrival
  /** Called once the focus has been placed. */
  onArrived?: () => void
}

export function SectionHeader({
  sectionId,
  number,
  disabled,
  focusOnArrival,
  onArrived
}: SectionHeaderProps) {
  const { t } = useTranslation('editor')
  const title = useSectionSlice(sectionId, (s) => s.title) ?? ''
  const status = useSectionSlice(sectionId, (s) => s.status) ?? 'not_assessed'
  const change = useChangeSection(sectionId)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const titleRef = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (!focusOnArrival) return
    if (focusOnArrival === 'heading') headingRef.current?.focus()
    else {
      titleRef.current?.focus()
      titleRef.current?.select()
    }
    onArrived?.()
  }, [focusOnArrival, sectionId, onArrived])
  return (
    <div className="section-header">
      <div className="section-heading-row">
        <h2
          id="section-heading"
          ref={headingRef}
          className="section-heading"
          tabIndex={-1}
          title={`${number}. ${title || t('untitledSection')}`}
        >
          {number}. {title || t('untitledSection')}
        </h2>
        <StatusBadge status={status} />
      </div>
      <div className="section-fields">
        <CheckedField
          label={t('section.title')}
          schema={sectionSchema.shape.title}
          value={title}
          className="field-title"
        >
          <SpellCheckedText value={title}>
            <Input
              ref={titleRef}
              value={title}
              disabled={disabled}
              onChange={(_, data) => change((s) => ({ ...s, title: data.value }))}
            />
          </SpellCheckedText>
        </CheckedField>
        <StatusField sectionId={sectionId} disabled={disabled} />
        <TrendField sectionId={sectionId} disabled={disabled} />
        <OwnerField sectionId={sectionId} disabled={disabled} />
      </div>
      <CarriedStatusReview sectionId={sectionId} disabled={disabled} />
      <Guidance sectionId={sectionId} />
    </div>
  )
}

/** The template's advice on what to write here: folded by default, never exported. */
function Guidance({ sectionId }: { sectionId: string }) {
  const { t } = useTranslation('editor')
  const guidance = useSectionSlice(sectionId, (s) => s.guidance) ?? ''
  const [open, setOpen] = useState(false)
  if (!guidance.trim()) return null
  return (
    <div className="section-guidance">
      <Button
        appearance="transparent"
        size="small"
        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open}
        aria-controls="section-guidance-text"
        onClick={() => setOpen(!open)}
      >
        <InfoRegular aria-hidden="true" className="guidance-icon" />
        {t('section.guidance')}
      </Button>
      {open && (
        <p id="section-guidance-text" className="guidance-text">
          {guidance}
        </p>
      )}
    </div>
  )
}
