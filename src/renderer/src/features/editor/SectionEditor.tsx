/** The selected section (right): header fields, notes, key figures, decisions and actions. */
import { useTranslation } from 'react-i18next'
import { SectionHeader, type FocusOnArrival } from './SectionHeader'
import { NotesEditor } from './NotesEditor'
import { KeyFigures } from './KeyFigures'
import { Decisions } from './Decisions'
import { Actions } from './Actions'

export interface SectionEditorProps {
  sectionId: string
  number: number
  readOnly: boolean
  /** Set when the user just moved here: which part of the header takes the focus. */
  focusOnArrival?: FocusOnArrival
  onArrived?: () => void
}

export function SectionEditor({
  sectionId,
  number,
  readOnly,
  focusOnArrival,
  onArrived
}: SectionEditorProps) {
  const { t } = useTranslation('editor')
  return (
    <main className="section-editor" aria-label={t('section.landmark')}>
      <div className="section-editor-inner">
        <SectionHeader
          sectionId={sectionId}
          number={number}
          disabled={readOnly}
          focusOnArrival={focusOnArrival}
          onArrived={onArrived}
        />
        {/* Keyed by section: the live editor is created for this section only and dropped when another opens. */}
        <NotesEditor key={sectionId} sectionId={sectionId} readOnly={readOnly} />
        <KeyFigures sectionId={sectionId} disabled={readOnly} />
        <Decisions sectionId={sectionId} disabled={readOnly} />
        <Actions sectionId={sectionId} disabled={readOnly} />
      </div>
    </main>
  )
}
