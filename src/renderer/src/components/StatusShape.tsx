/**
 * Status shapes for long lists (the outline, up to 2 000 rows). StatusIcon mounts a Fluent icon component per use
 * (style hooks, class merging, an <svg> with its paths); opening a 200-section report spent a good part of its time
 * there. Here each shape is drawn once, in a hidden <svg> (`StatusShapes`, mounted once by the list), and every row
 * shows it through an SVG <use>: the same Fluent shape, the same palette colour and classes, for two elements a row.
 */
import { cloneElement, type ReactElement } from 'react'
import { HistoryRegular } from '@fluentui/react-icons'
import { STATUSES, type Status } from '../../../shared/model'
import { STATUS_ICONS, StatusIcon } from './StatusBadge'

const shapeId = (name: Status | 'carried') => `tk-shape-${name}`

/** The shared drawings; mount once beside the list that uses StatusShape / SharedShape. */
export function StatusShapes() {
  return (
    <svg className="shared-shapes" aria-hidden="true" focusable="false">
      {STATUSES.map((status) =>
        cloneElement(STATUS_ICONS[status] as ReactElement<{ id?: string }>, {
          key: status,
          id: shapeId(status)
        })
      )}
      <HistoryRegular id={shapeId('carried')} />
    </svg>
  )
}

/** One shared drawing at the size of the text (1em), in the current colour; decorative. */
export function SharedShape({ name, className }: { name: Status | 'carried'; className?: string }) {
  return (
    <svg className={className} width="1em" height="1em" aria-hidden="true" focusable="false">
      <use href={`#${shapeId(name)}`} width="100%" height="100%" />
    </svg>
  )
}

/** StatusIcon's equivalent for long lists: the status's shape, coloured; pair it with the word. */
export function StatusShape({ status }: { status: Status }) {
  return (
    <StatusIcon status={status}>
      <SharedShape name={status} />
    </StatusIcon>
  )
}
