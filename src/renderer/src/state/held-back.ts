/**
 * Where the report on screen differs from the report being saved: the fields held back because the model refuses
 * their text. Used to count them for the save indicator and to put their text into a recovery copy on close.
 */
import { plainText, type RichDoc } from '../../../shared/richtext'

export type FieldPath = Array<string | number>

export interface HeldBackField {
  /** Path in the report on screen; numbers are row indices (`['sections', 2, 'keyFigures', 0, 'year']`). */
  path: FieldPath
  /** The text on screen, as the user typed it. */
  text: string
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

function asText(value: unknown): string {
  if (typeof value === 'string') return value
  if (isRecord(value) && value.type === 'doc') return plainText(value as unknown as RichDoc)
  return JSON.stringify(value) ?? ''
}

function walk(shown: unknown, saved: unknown, path: FieldPath, out: HeldBackField[]): void {
  if (shown === saved) return
  if (Array.isArray(shown)) {
    const savedRows = Array.isArray(saved) ? saved : []
    const byId = new Map(savedRows.filter(isRecord).map((row) => [row.id, row]))
    shown.forEach((row, index) => {
      const match = isRecord(row) && 'id' in row ? byId.get(row.id) : savedRows[index]
      walk(row, match, [...path, index], out)
    })
    return
  }
  if (isRecord(shown) && !(shown.type === 'doc' && path.at(-1) === 'notes')) {
    const savedRecord = isRecord(saved) ? saved : {}
    for (const key of Object.keys(shown)) walk(shown[key], savedRecord[key], [...path, key], out)
    return
  }
  out.push({ path, text: asText(shown) })
}

/** The fields whose shown value is not the saved one. Unchanged parts share identity, so this walks little. */
export function heldBackFields(shown: unknown, saved: unknown): HeldBackField[] {
  const out: HeldBackField[] = []
  walk(shown, saved, [], out)
  return out
}
