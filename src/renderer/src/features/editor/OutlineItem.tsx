/** One row of the outline: status icon (shape + colour, word for screen readers), number, title, empty-notes mark. */
import { memo, type DragEvent, type KeyboardEvent } from 'react'
import type { Status } from '../../../../shared/model'
import { StatusShape } from '../../components/StatusShape'
import { CarriedMarkView } from '../review/CarriedMark'
import type { OutlineEntry } from './use-outline'

/** Words the rows show, translated once by the outline rather than by each of (up to 2 000) rows. */
export interface OutlineLabels {
  status: Record<Status, string>
  /** "Siirretty, ei arvioitu". */
  carried: string
  notesEmpty: string
  untitled: string
}

export interface OutlineItemProps {
  entry: OutlineEntry
  index: number
  current: boolean
  labels: OutlineLabels
  focusable: boolean
  dropTarget: boolean
  onSelect: (id: string) => void
  /** Lets the outline focus this row's button without searching the DOM. */
  registerButton: (id: string, button: HTMLButtonElement | null) => void
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, index: number) => void
  onDragStart: (event: DragEvent, id: string) => void
  onDragOver: (event: DragEvent, index: number) => void
  onDrop: (event: DragEvent, index: number) => void
}

export const OutlineItem = memo(function OutlineItem(props: OutlineItemProps) {
  const { entry, index, current, labels } = props
  const title = entry.title || labels.untitled
  const statusWord = labels.status[entry.status]
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
        ref={(button) => props.registerButton(entry.id, button)}
        data-section-id={entry.id}
        aria-current={current ? 'true' : undefined}
        tabIndex={props.focusable ? 0 : -1}
        onClick={() => props.onSelect(entry.id)}
        onKeyDown={(e) => props.onKeyDown(e, index)}
      >
        {/* Shape + colour for the eye, the word for screen readers and as a tooltip. */}
        <span className="status-badge" title={statusWord}>
          <StatusShape status={entry.status} />
          <span className="visually-hidden">{statusWord}</span>
        </span>
        {entry.carried && <CarriedMarkView compact shared word={labels.carried} title={labels.carried} />}
        <span className="outline-number">{index + 1}</span>
        {/* Cut with "…" to fit; the whole title shows on hover, and wraps in full while the row has the focus. */}
        <span className="outline-title" title={title}>
          {title}
        </span>
        {entry.notesEmpty && (
          <span className="outline-empty" title={labels.notesEmpty}>
            <span aria-hidden="true">∅</span>
            <span className="visually-hidden">{labels.notesEmpty}</span>
          </span>
        )}
      </button>
    </li>
  )
})
