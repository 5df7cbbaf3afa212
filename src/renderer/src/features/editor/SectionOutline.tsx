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
import { OutlineItem, type OutlineLabels } from './OutlineItem'
import { STATUSES, type Status } from '../../../../shared/model'
import { moveSection, moveSectionTo } from './section-ops'

const DRAG_TYPE = 'application/x-tilannekuva-section'

export interface SectionOutlineProps {
  currentId: string | undefined
  onSelect: (id: string) => void
  onAdd: () => void
  onRemove: (id: string) => void
}

export function SectionOutline({ currentId, onSelect, onAdd, onRemove }: SectionOutlineProps) {
  const { t, i18n } = useTranslation('editor')
  const store = useReportStore()
  const labels = useMemo<OutlineLabels>(
    () => ({
      status: Object.fromEntries(STATUSES.map((s) => [s, t(`common:status.${s}`)])) as Record<Status, string>,
      notesEmpty: t('outline.notesEmpty'),
      untitled: t('untitledSection')
    }),
    // The language is a dependency: the words change when the user switches it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language]
  )
  const outline = useOutline()
  const listRef = useRef<HTMLOListElement>(null)
  const currentIndex = outline.findIndex((e) => e.id === currentId)
  // The one row in the tab order (roving tabindex): the current section's, until the arrows move elsewhere.
  const [focusIndex, setFocusIndex] = useState(Math.max(0, currentIndex))
  const [shownCurrent, setShownCurrent] = useState(currentIndex)
  if (shownCurrent !== currentIndex) {
    setShownCurrent(currentIndex)
    if (currentIndex >= 0) setFocusIndex(currentIndex)
  }
  const [dropIndex, setDropIndex] = useState<number | null>(null)
  const dragged = useRef<string | null>(null)
  const pendingFocus = useRef<string | null>(null)

  // After a keyboard move the row re-renders in its new place; focus follows it.
  useEffect(() => {
    if (!pendingFocus.current) return
    const button = listRef.current?.querySelector<HTMLButtonElement>(
      `[data-section-id="${pendingFocus.current}"]`
    )
    pendingFocus.current = null
    button?.focus()
  }, [outline])

  const focusRow = (index: number) => {
    const clamped = Math.max(0, Math.min(index, outline.length - 1))
    setFocusIndex(clamped)
    listRef.current?.querySelectorAll<HTMLButtonElement>('.outline-button')[clamped]?.focus()
  }

  const move = useCallback(
    (id: string, offset: number) => {
      pendingFocus.current = id
      store.update((report) => moveSection(report, id, offset))
    },
    [store]
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
    // focusRow reads only refs and outline length
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [outline, move]
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
            <Button appearance="subtle" icon={<AddRegular />} disabled={store.readOnly} onClick={onAdd} />
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
              disabled={store.readOnly || !currentId}
              onClick={() => currentId && onRemove(currentId)}
            />
          </Tooltip>
        </Toolbar>
      </div>
      <ol className="outline-list" ref={listRef} onDragLeave={() => setDropIndex(null)}>
        {outline.map((entry, index) => (
          <OutlineItem
            key={entry.id}
            entry={entry}
            index={index}
            current={entry.id === currentId}
            labels={labels}
            focusable={index === Math.min(focusIndex, outline.length - 1)}
            dropTarget={index === dropIndex}
            onSelect={onSelect}
            onKeyDown={onKeyDown}
            onDragStart={onDragStart}
            onDragOver={onDragOver}
            onDrop={onDrop}
          />
        ))}
      </ol>
    </nav>
  )
}
