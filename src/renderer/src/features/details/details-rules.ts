/** Pure rules of the details forms: quick participant lines, the diary number hint, the organisation choice. */
import { MINISTRIES, type MinistryCode, type Participant } from '../../../../shared/model'

/**
 * "Maija Meikäläinen, kansliapäällikkö, VM" → a participant. The first comma separates the name, the second the
 * title; the rest (which may hold commas, "Digi- ja väestötietovirasto, DVV") is the organisation.
 * Returns undefined for a line with no name.
 */
export function parseParticipantLine(line: string): Omit<Participant, 'id'> | undefined {
  const [name = '', title = '', ...rest] = line.split(',').map((part) => part.trim())
  if (name === '') return undefined
  return { name, title, organisation: rest.join(', ').trim() }
}

// Registry prefix, running number and year, e.g. VN/1234/2021 or VM/88/00.00.00/2021 (ministries add a filing code).
const DIARY_NUMBER = /^[A-ZÅÄÖ]{2,6}\/\d+(\/[\d.]+)?\/\d{4}$/

/** True when a diary number looks like the usual form; '' counts as fine (the field is optional). Never blocks. */
export function looksLikeDiaryNumber(value: string): boolean {
  const trimmed = value.trim()
  return trimmed === '' || DIARY_NUMBER.test(trimmed)
}

/** True when the organisation is one of the twelve ministries stored by its code. */
export function isMinistryCode(value: string): value is MinistryCode {
  return (MINISTRIES as readonly string[]).includes(value)
}

/** Moves the item at `from` to `to` (clamped), returning a new array; the same array when nothing moves. */
export function move<T>(items: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(items.length - 1, to))
  if (from === target || from < 0 || from >= items.length) return items as T[]
  const next = items.slice()
  const [item] = next.splice(from, 1)
  next.splice(target, 0, item as T)
  return next
}
