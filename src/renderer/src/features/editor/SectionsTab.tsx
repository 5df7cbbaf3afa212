/**
 * "Osiot": the outline of sections on the left, the selected section on the right, and the editor's shortcuts.
 * Changing section goes through selectTab, which flushes the save first.
 */
import { useCallback, useState } from 'react'
import { Button } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { ReportTab } from '../../state/navigation'
import { useReportSelector, useReportStore } from '../../state/use-report'
import { useNotify } from '../../components/notices'
import { SectionOutline } from './SectionOutline'
import { SectionEditor } from './SectionEditor'
import { blankSection, insertSection, removeSection, updateSection } from './section-ops'
import { useEditorShortcuts } from './use-editor-shortcuts'
import { addDecision } from './Decisions'
import { addAction } from './Actions'
import type { Section } from '../../../../shared/model'
import type { FocusOnArrival } from './SectionHeader'
import './editor.css'

export interface SectionsTabProps {
  sectionId?: string
  selectTab: (tab: ReportTab, sectionId?: string) => void
}

const idsOf = (sections: readonly Section[]) => sections.map((s) => s.id).join(' ')

/** Where the focus goes once the section the user moved to is on screen. */
interface Arrival {
  sectionId: string
  focus: FocusOnArrival | 'outline'
}

export function SectionsTab({ sectionId, selectTab }: SectionsTabProps) {
  const { t } = useTranslation('editor')
  const store = useReportStore()
  const notify = useNotify()
  // The order of ids as one string: stable while the user types, changes on add/remove/reorder.
  const order = useReportSelector((r) => idsOf(r.sections))
  const ids = order ? order.split(' ') : []
  const [selected, setSelected] = useState(sectionId)
  // Navigation from elsewhere (the overview board) opens the section it names.
  const [requested, setRequested] = useState(sectionId)
  if (requested !== sectionId) {
    setRequested(sectionId)
    setSelected(sectionId)
  }
  const currentId = selected && ids.includes(selected) ? selected : ids[0]
  const currentIndex = currentId ? ids.indexOf(currentId) : -1
  // Done by the outline or the section header in an effect, once the section is rendered; then cleared.
  const [arrival, setArrival] = useState<Arrival | null>(null)
  const arrived = useCallback(() => setArrival(null), [])
  const arrivalHere = arrival?.sectionId === currentId ? arrival : null

  const select = useCallback(
    (id: string) => {
      setSelected(id)
      selectTab('sections', id)
    },
    [selectTab, setSelected]
  )

  const add = useCallback(() => {
    const section = blankSection(t('newSectionTitle'))
    store.update((r) => insertSection(r, section, currentIndex + 1))
    select(section.id)
    setArrival({ sectionId: section.id, focus: 'title' })
  }, [store, t, currentIndex, select])

  const remove = useCallback(
    (id: string) => {
      const report = store.getReport()
      const index = report.sections.findIndex((s) => s.id === id)
      const section = report.sections[index]
      if (!section) return
      store.update((r) => removeSection(r, id))
      const neighbour = report.sections[index + 1] ?? report.sections[index - 1]
      if (neighbour) select(neighbour.id)
      notify({
        intent: 'info',
        text: t('removed', { title: section.title || t('untitledSection') }),
        action: {
          label: t('undoRemove'),
          run: () => {
            store.update((r) => insertSection(r, section, index))
            select(section.id)
          }
        }
      })
    },
    [store, notify, t, select]
  )

  const step = (offset: number) => {
    const next = ids[currentIndex + offset]
    if (!next) return
    const focusInOutline = Boolean(document.activeElement?.closest('.section-outline'))
    select(next)
    // Keep the user where they were: in the outline on the new row, otherwise at the new section's heading.
    setArrival({ sectionId: next, focus: focusInOutline ? 'outline' : 'heading' })
  }

  useEditorShortcuts({
    previousSection: () => step(-1),
    nextSection: () => step(1),
    save: () => void store.flush(),
    newDecision: () =>
      currentId &&
      !store.readOnly &&
      addDecision((fn) => store.update((r) => updateSection(r, currentId, fn))),
    newAction: () =>
      currentId && !store.readOnly && addAction((fn) => store.update((r) => updateSection(r, currentId, fn)))
  })

  return (
    <div className="sections-tab">
      <SectionOutline
        currentId={currentId}
        onSelect={select}
        onAdd={add}
        onRemove={remove}
        focusCurrent={arrivalHere?.focus === 'outline'}
        onFocused={arrived}
      />
      {currentId ? (
        <SectionEditor
          sectionId={currentId}
          number={currentIndex + 1}
          readOnly={store.readOnly}
          focusOnArrival={arrivalHere && arrivalHere.focus !== 'outline' ? arrivalHere.focus : undefined}
          onArrived={arrived}
        />
      ) : (
        <main className="section-editor section-empty" aria-label={t('section.landmark')}>
          <p>{t('noSections')}</p>
          <Button appearance="primary" onClick={add} disabled={store.readOnly}>
            {t('outline.add')}
          </Button>
        </main>
      )}
    </div>
  )
}
