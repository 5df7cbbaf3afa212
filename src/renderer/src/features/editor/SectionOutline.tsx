/**
 * The outline of sections (left). Arrow keys move between rows, Enter opens one, Alt+Shift+↑/↓ or the buttons
 * reorder, rows can be dragged. It reads only the outline list, so it stays still while the user types.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react'
import { Button, Toolbar, Tooltip } from '@fluentui/react-components'
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { useReportStore } from '../../state/use-report'
import { useOutline } from './use-outline'
import { OutlineLegend } from './OutlineLegend'
import { OutlineItem, type OutlineLabels } from './OutlineItem'
import { STATUSES, type Status } from '../../../../shared/model'
import { moveSection, moveSectionTo } from './section-ops'
import { useSectionsFixed } from '../contributions/sections-fixed'
import { StatusShapes } from '../../components/StatusShape'
import { useRowsInStages } from './use-rows-in-stages'

const DRAG_TYPE = 'application/x-tilannekuva-section'

export interface SectionOutlineProps {
  currentId: string | undefined
  onSelect: (id: string) => void
  onAdd: () => void
  onRemove: (id: string) => void
  /** Set when the user moved to another section from the outline: its row takes the focus. */
  focusCurrent?: boolean
  /** Called once that focus has been placed. */
  onFocused?: () => void
}

/** The row the arrow keys moved to, and which section was current then (a new current section resets it). */
interface Roving {
  fromCurrent: string | undefined
  id: string
}

export function SectionOutline(props: SectionOutlineProps) {
  const { currentId, onSelect, onAdd, onRemove, focusCurrent, onFocused } = props
  const { t } = useTranslation('editor')
  const store = useReportStore()
  const fixed = useSectionsFixed()
  // `t` changes with the language, so the words follow a language switch.
  const labels = useMemo<OutlineLabels>(
    () => ({
      status: Object.fromEntries(STATUSES.map((s) => [s, t(`common:status.${s}`)])) as Record<Status, string>,
      carried: t('review:carried'),
      notesEmpty: t('outline.notesEmpty'),
      untitled: t('untitledSection')
    }),
    [t]
  )
  const outline = useOutline()
  const currentIndex = outline.findIndex((e) => e.id === currentId)
  // A long outline draws the first screenful (and the current row) at once, the rest when the renderer is idle.
  const rows = useRowsInStages(outline.length, currentIndex + 1)
  const { showAll } = rows
  // The one row in the tab order (roving tabindex): the current section's, until the arrows move elsewhere.
  const [roving, setRoving] = useState<Roving | null>(null)
  const tabbableId =
    roving && roving.fromCurrent === currentId && outline.some((e) => e.id === roving.id)
      ? roving.id
      : (currentId ?? outline[0]?.id)
  const [dropIndex, setDropIndex] = useState<number | null>(null)
  const dragged = useRef<string | null>(null)
  const pendingFocus = useRef<string | null>(null)
  const buttons = useRef(new Map<string, HTMLButtonElement>())
  const registerButton = useCallback((id: string, button: HTMLButtonElement | null) => {
    if (button) buttons.current.set(id, button)
    else buttons.current.delete(id)
  }, [])

  // After a keyboard move the row re-renders in its new place; focus follows it.
  useEffect(() => {
    if (!pendingFocus.current) return
    buttons.current.get(pendingFocus.current)?.focus()
    pendingFocus.current = null
  }, [outline])

  // Moving to another section from the outline (Alt+↓/↑) keeps the user in the outline, on the new row.
  useEffect(() => {
    if (!focusCurrent || !currentId) return
    buttons.current.get(currentId)?.focus()
    onFocused?.()
  }, [focusCurrent, currentId, onFocused])

  const focusRow = useCallback(
    (index: number) => {
      const entry = outline[Math.max(0, Math.min(index, outline.length - 1))]
      if (!entry) return
      showAll()
      setRoving({ fromCurrent: currentId, id: entry.id })
      buttons.current.get(entry.id)?.focus()
    },
    [outline, currentId, showAll]
  )

  const move = useCallback(
    (id: string, offset: number) => {
      showAll()
      pendingFocus.current = id
      store.update((report) => moveSection(report, id, offset))
    },
    [store, showAll]
  )

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
      const entry = outline[index]
      if (!entry) return
      const up = event.key === 'ArrowUp'
      const down = event.key === 'ArrowDown'
      if ((up || down) && event.altKey && event.shiftKey) {
        event.preventDefault()
        event.stopPropagation()
        move(entry.id, up ? -1 : 1)
      } else if ((up || down) && !event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault()
        focusRow(index + (up ? -1 : 1))
      } else if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault()
        focusRow(event.key === 'Home' ? 0 : outline.length - 1)
      }
    },
    [outline, move, focusRow]
  )

  const onDragStart = useCallback((event: DragEvent, id: string) => {
    dragged.current = id
    event.dataTransfer.effectAllowed = 'move'
    event.dataTransfer.setData(DRAG_TYPE, id)
  }, [])
  const onDragOver = useCallback((event: DragEvent, index: number) => {
    if (!dragged.current) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'move'
    setDropIndex(index)
  }, [])
  const onDrop = useCallback(
    (event: DragEvent, index: number) => {
      event.preventDefault()
      const id = dragged.current
      dragged.current = null
      setDropIndex(null)
      if (id) store.update((report) => moveSectionTo(report, id, index))
    },
    [store]
  )

  const atTop = currentIndex <= 0
  const atBottom = currentIndex < 0 || currentIndex >= outline.length - 1
  return (
    <nav className="section-outline" aria-labelledby="outline-heading">
      <div className="outline-header">
        <h2 id="outline-heading" className="outline-heading">
          {t('outline.heading')}
        </h2>
        <Toolbar size="small" aria-label={t('outline.tools')}>
          <Tooltip content={t('outline.add')} relationship="label">
            <Button
              appearance="subtle"
              icon={<AddRegular />}
              disabled={store.readOnly || fixed}
              onClick={onAdd}
            />
          </Tooltip>
          <Tooltip content={t('outline.moveUp')} relationship="label">
            <Button
              appearance="subtle"
              icon={<ArrowUpRegular />}
              disabled={store.readOnly || atTop}
              onClick={() => currentId && move(currentId, -1)}
            />
          </Tooltip>
          <Tooltip content={t('outline.moveDown')} relationship="label">
            <Button
              appearance="subtle"
              icon={<ArrowDownRegular />}
              disabled={store.readOnly || atBottom}
              onClick={() => currentId && move(currentId, 1)}
            />
          </Tooltip>
          <Tooltip content={t('outline.remove')} relationship="label">
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              disabled={store.readOnly || fixed || !currentId}
              onClick={() => currentId && onRemove(currentId)}
            />
          </Tooltip>
        </Toolbar>
      </div>
      <StatusShapes />
      <ol className="outline-list" onDragLeave={() => setDropIndex(null)}>
        {(rows.count < outline.length ? outline.slice(0, rows.count) : outline).map((entry, index) => (
          <OutlineItem
            key={entry.id}
            entry={entry}
            index={index}
            current={entry.id === currentId}
            labels={labels}
            focusable={entry.id === tabbableId}
            dropTarget={index === dropIndex}
            onSelect={onSelect}
            registerButton={registerButton}
            onKeyDown={onKeyDown}
            onDragStart={onDragStart}
            onDragOver={onDragOver}
            onDrop={onDrop}
          />
        ))}
      </ol>
      {outline.some((entry) => entry.notesEmpty) && <OutlineLegend />}
    </nav>
  )
}
