/** One row of the outline: status icon (shape + colour, word for screen readers), number, title, empty-notes mark. */
import { memo, type DragEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { StatusBadge } from '../../components/StatusBadge'
import type { OutlineEntry } from './use-outline'

export interface OutlineItemProps {
  entry: OutlineEntry
  index: number
  current: boolean
  focusable: boolean
  dropTarget: boolean
  onSelect: (id: string) => void
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, index: number) => void
  onDragStart: (event: DragEvent, id: string) => void
  onDragOver: (event: DragEvent, index: number) => void
  onDrop: (event: DragEvent, index: number) => void
}

export const OutlineItem = memo(function OutlineItem(props: OutlineItemProps) {
  const { entry, index, current } = props
  const { t } = useTranslation('editor')
  const title = entry.title || t('untitledSection')
  return (
    <li
      className={props.dropTarget ? 'outline-item drop-target' : 'outline-item'}
      draggable
      onDragStart={(e) => props.onDragStart(e, entry.id)}
      onDragOver={(e) => props.onDragOver(e, index)}
      onDrop={(e) => props.onDrop(e, index)}
    >
      <button
        type="button"
        className="outline-button"
        data-section-id={entry.id}
        aria-current={current ? 'true' : undefined}
        tabIndex={props.focusable ? 0 : -1}
        onClick={() => props.onSelect(entry.id)}
        onKeyDown={(e) => props.onKeyDown(e, index)}
      >
        <StatusBadge status={entry.status} compact />
        <span className="outline-number">{index + 1}</span>
        <span className="outline-title">{title}</span>
        {entry.notesEmpty && (
          <span className="outline-empty" title={t('outline.notesEmpty')}>
            <span aria-hidden="true">∅</span>
            <span className="visually-hidden">{t('outline.notesEmpty')}</span>
          </span>
        )}
      </button>
    </li>
  )
})
