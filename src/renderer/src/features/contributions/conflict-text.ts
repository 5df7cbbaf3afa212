/**
 * How a conflict reads in the merge view: what it is about, each side as text (for the word diff), and the value an
 * "edit both into one" text stands for. Statuses and trends are choices, not text: they have no edit.
 */
import type { Conflict, ListItem, ListName } from '../../../../shared/contributions/merge-types'
import { docFromText, plainText } from '../../../../shared/richtext'
import type { Action, Decision, KeyFigure } from '../../../../shared/model'

type T = (key: string, values?: Record<string, string>) => string

/** "Liikenne: teksti", "Liikenne: päätös"… */
export function conflictTitle(conflict: Conflict, t: T): string {
  const what =
    conflict.kind === 'field'
      ? t(`merge.field_${conflict.field}`)
      : conflict.kind === 'notes'
        ? t('merge.notes')
        : conflict.kind === 'item'
          ? t(`merge.list_${conflict.list}`)
          : t('merge.sectionRemoved')
  return t('merge.conflict', { section: conflict.sectionTitle, what })
}

/** The words of a list item that a reader compares. */
function itemText(list: ListName, item: ListItem): string {
  if (list === 'decisions') return (item as Decision).text
  if (list === 'actions') {
    const action = item as Action
    return [action.what, action.who, action.due].filter(Boolean).join(' · ')
  }
  const figure = item as KeyFigure
  return [figure.indicator, figure.value, figure.unit, figure.year].filter(Boolean).join(' · ')
}

/** One side of a conflict as text; null when that side deleted it. */
export function sideText(conflict: Conflict, side: 'mine' | 'theirs'): string | null {
  switch (conflict.kind) {
    case 'field':
      return conflict[side]
    case 'notes':
      return plainText(conflict[side])
    case 'item': {
      const item = conflict[side]
      return item ? itemText(conflict.list, item) : null
    }
    case 'section_removed': {
      const section = conflict[side]
      return section ? [section.title, plainText(section.notes)].filter(Boolean).join('\n') : null
    }
  }
}

/** Whether the coordinator can write a version of their own from both. */
export function editable(conflict: Conflict): boolean {
  if (conflict.kind === 'field') return !['status', 'trend'].includes(conflict.field)
  return conflict.kind === 'notes' || (conflict.kind === 'item' && conflict.list !== 'keyFigures')
}

/** The text the edit starts from: both versions, one after the other. */
export function startingText(conflict: Conflict): string {
  const mine = conflict.kind === 'item' ? mainText(conflict, 'mine') : sideText(conflict, 'mine')
  const theirs = conflict.kind === 'item' ? mainText(conflict, 'theirs') : sideText(conflict, 'theirs')
  return [mine, theirs].filter((text): text is string => Boolean(text)).join('\n')
}

function mainText(conflict: Extract<Conflict, { kind: 'item' }>, side: 'mine' | 'theirs'): string {
  const item = conflict[side]
  if (!item) return ''
  return conflict.list === 'decisions' ? (item as Decision).text : (item as Action).what
}

/** The value an edited text stands for: the field's text, notes of one paragraph per line, or the item's text. */
export function editedValue(conflict: Conflict, text: string): unknown {
  if (conflict.kind === 'field') return text
  if (conflict.kind === 'notes') return docFromText(text)
  if (conflict.kind === 'item') {
    const item = conflict.mine ?? conflict.theirs
    return conflict.list === 'decisions' ? { ...item, text } : { ...item, what: text }
  }
  return undefined
}
