/**
 * What a field of the model accepts, read from its zod schema so that no input restates a number: the longest text,
 * the most rows. Inputs show their own error from here; the renderer's store keeps the last valid value with it.
 */
import type { z } from 'zod'
import { inDateRange } from './dates'
import { isoDateSchema, reportSchema } from './model'

type AnySchema = z.ZodType

interface Def {
  type: string
  innerType?: AnySchema
  shape?: Record<string, AnySchema>
  element?: AnySchema
  checks?: Array<{ _zod: { def: { check: string; maximum?: number } } }>
}

function def(schema: AnySchema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def
}

const WRAPPERS = new Set(['default', 'optional', 'nullable', 'catch', 'readonly', 'prefault', 'nonoptional'])

/** The schema under `.default()`, `.optional()` and the like. */
export function innerSchema(schema: AnySchema): AnySchema {
  let current = schema
  for (let d = def(current); WRAPPERS.has(d.type) && d.innerType; d = def(current)) current = d.innerType
  return current
}

/** The shape of an object schema (under its wrappers), or undefined. */
export function objectShape(schema: AnySchema): Record<string, AnySchema> | undefined {
  const d = def(innerSchema(schema))
  return d.type === 'object' ? d.shape : undefined
}

/** The element schema of an array schema (under its wrappers), or undefined. */
export function arrayElement(schema: AnySchema): AnySchema | undefined {
  const d = def(innerSchema(schema))
  return d.type === 'array' ? d.element : undefined
}

/** The `.max()` of a string (characters) or an array (items); undefined when the schema sets none. */
export function maxOf(schema: AnySchema): number | undefined {
  const checks = def(innerSchema(schema)).checks ?? []
  const maxima = checks.map((c) => c._zod.def).filter((c) => c.check === 'max_length')
  return maxima.length ? Math.min(...maxima.map((c) => c.maximum ?? Infinity)) : undefined
}

/** The schema of the field at `path` in a report (`['sections', 0, 'keyFigures', 0, 'year']`); indices pick rows. */
export function reportFieldSchema(path: ReadonlyArray<string | number>): AnySchema | undefined {
  let schema: AnySchema | undefined = reportSchema
  for (const key of path) {
    if (!schema) return undefined
    schema = typeof key === 'number' ? arrayElement(schema) : objectShape(schema)?.[key]
  }
  return schema
}

export type TextProblem = { code: 'too_long'; max: number; length: number }

/** Why a text does not fit its field, or undefined when it does. */
export function textProblem(schema: AnySchema, value: string): TextProblem | undefined {
  const max = maxOf(schema)
  return max !== undefined && value.length > max ? { code: 'too_long', max, length: value.length } : undefined
}

/** True for a calendar-date field (meeting date, action due date). */
export function isDateField(schema: AnySchema): boolean {
  return innerSchema(schema) === isoDateSchema
}

/**
 * True when an edit may put `value` into the field: the model takes it, and a date lies in 2000–2100. Older files
 * may hold a date outside that range (an early version read 14.1.2027 as 0027); they still load, but no field
 * writes such a date anew.
 */
export function fieldAccepts(schema: AnySchema, value: unknown): boolean {
  if (!schema.safeParse(value).success) return false
  return !isDateField(schema) || value === '' || (typeof value === 'string' && inDateRange(value))
}
