/**
 * Immutable changes to a section's rows — key figures, decisions, actions — as the editor's tables make them.
 * Each returns the same section when nothing changes, so the store skips the save.
 */
import type { Action, Decision, KeyFigure, Section } from '../../../../shared/model'
import { newId } from '../../../../shared/ids'

export type RowList = 'keyFigures' | 'decisions' | 'actions'
type Row<L extends RowList> = Section[L][number]

/** Sets fields of the row `rowId` in `list`. */
export function changeRow<L extends RowList>(
  section: Section,
  list: L,
  rowId: string,
  patch: Partial<Row<L>>
): Section {
  const rows = section[list] as Array<Row<L>>
  const index = rows.findIndex((row) => row.id === rowId)
  const row = rows[index]
  if (!row || Object.entries(patch).every(([key, value]) => row[key as keyof Row<L>] === value))
    return section
  const next = rows.slice()
  next[index] = { ...row, ...patch }
  return { ...section, [list]: next }
}

/** Appends `row` to `list`. */
export function addRow<L extends RowList>(section: Section, list: L, row: Row<L>): Section {
  return { ...section, [list]: [...(section[list] as Array<Row<L>>), row] }
}

/** Removes the row `rowId` from `list`. */
export function removeRow<L extends RowList>(section: Section, list: L, rowId: string): Section {
  const rows = section[list] as Array<Row<L>>
  const next = rows.filter((row) => row.id !== rowId)
  return next.length === rows.length ? section : { ...section, [list]: next }
}

export function blankKeyFigure(): KeyFigure {
  return { id: newId(), indicator: '', value: '', target: '', unit: '', year: '', source: '' }
}

export function blankDecision(): Decision {
  return { id: newId(), text: '' }
}

export function blankAction(): Action {
  return { id: newId(), what: '', who: '', due: '', state: 'open' }
}
