/**
 * The report the disk gets, next to the report the screen shows. The screen keeps whatever the user typed; the
 * disk gets every edit the model accepts, and for a field it refuses (a text over its cap, a half-typed date) the
 * last value it accepted there. So one bad field never holds back the rest of the report, and nothing typed is
 * thrown away: it stays on screen, marked, until it is fixed.
 *
 * Only what changed is checked: unchanged parts keep their identity between edits (the store's changes are
 * immutable), so a keystroke costs a walk down one path, not a validation of the whole report.
 */
import type { z } from 'zod'
import { arrayElement, fieldAccepts, maxOf, objectShape } from '../../../shared/field-rules'

type Schema = z.ZodType
type Rows = unknown[]
/** A row with no valid form at all (say, a broken id): left out of what is saved. */
const LEAVE_OUT = Symbol('leave out')

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function idOf(row: unknown): string | undefined {
  return isRecord(row) && typeof row.id === 'string' ? row.id : undefined
}

/** Finds rows by id (sections, key figures, actions…), or by place for rows without one. */
function rowFinder(rows: unknown): (row: unknown, index: number) => unknown {
  if (!Array.isArray(rows)) return () => undefined
  const byId = new Map<string, unknown>()
  for (const row of rows) {
    const id = idOf(row)
    if (id !== undefined) byId.set(id, row)
  }
  return (row, index) => {
    const id = idOf(row)
    return id !== undefined ? byId.get(id) : rows[index]
  }
}

function keepObject(
  shape: Record<string, Schema>,
  valid: unknown,
  before: unknown,
  next: Record<string, unknown>
): unknown {
  const validRecord = isRecord(valid) ? valid : {}
  const beforeRecord = isRecord(before) ? before : {}
  const out: Record<string, unknown> = {}
  let same = true
  let asBefore = isRecord(valid) && Object.keys(valid).length === Object.keys(next).length
  for (const [key, value] of Object.entries(next)) {
    const schema = shape[key]
    // A key the model does not know is not the model's to refuse.
    const kept = schema ? keep(schema, validRecord[key], beforeRecord[key], value) : value
    if (kept === LEAVE_OUT) return LEAVE_OUT
    out[key] = kept
    if (kept !== value) same = false
    if (kept !== validRecord[key]) asBefore = false
  }
  // Identity tells the store what changed: nothing savable changed → the same savable object, and no save.
  return same ? next : asBefore ? valid : out
}

function keepRows(schema: Schema, element: Schema, valid: unknown, before: unknown, next: Rows): unknown {
  const validRow = rowFinder(valid)
  const beforeRow = rowFinder(before)
  const out: Rows = []
  let same = true
  next.forEach((row, index) => {
    const kept = keep(element, validRow(row, index), beforeRow(row, index), row)
    if (kept === LEAVE_OUT) same = false
    else out.push(kept)
    if (kept !== row) same = false
  })
  const max = maxOf(schema)
  // More rows than the model allows (the add buttons stop at the cap): keep the rows as they were.
  if (max !== undefined && out.length > max) return Array.isArray(valid) ? valid : out.slice(0, max)
  if (same) return next
  const asBefore =
    Array.isArray(valid) && valid.length === out.length && out.every((row, i) => row === valid[i])
  return asBefore ? valid : out
}

function keepValue(schema: Schema, valid: unknown, next: unknown): unknown {
  if (fieldAccepts(schema, next)) return next
  if (valid !== undefined && schema.safeParse(valid).success) return valid
  // A new row's field that was never valid: its empty default ('' for text and dates).
  const fallback = schema.safeParse(undefined)
  return fallback.success ? fallback.data : LEAVE_OUT
}

function keep(schema: Schema, valid: unknown, before: unknown, next: unknown): unknown {
  if (next === before && valid !== undefined) return valid
  const shape = objectShape(schema)
  if (shape && isRecord(next)) return keepObject(shape, valid, before, next)
  const element = arrayElement(schema)
  if (element && Array.isArray(next)) return keepRows(schema, element, valid, before, next)
  return keepValue(schema, valid, next)
}

/**
 * The savable report after an edit: `next` (what the screen shows now) with every field the schema refuses taken
 * from `valid` (what was savable before the edit, when the screen showed `before`). Returns `next` itself when all
 * of it is valid, so `shown === savable` tells that nothing is held back.
 */
export function keepValid<T>(schema: Schema, valid: T, before: T, next: T): T {
  const kept = keep(schema, valid, before, next)
  return (kept === LEAVE_OUT ? valid : kept) as T
}
