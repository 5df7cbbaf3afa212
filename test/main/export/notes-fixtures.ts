/** Builders of TipTap notes for export tests, and a report holding them. */
import type { Report } from '../../../src/shared/model'
import type { RichMark, RichNode } from '../../../src/shared/richtext'
import { minimalReport } from './docx-helpers'

export const t = (text: string, ...marks: (string | RichMark)[]): RichNode => ({
  type: 'text',
  text,
  ...(marks.length ? { marks: marks.map((m) => (typeof m === 'string' ? { type: m } : m)) } : {})
})
export const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content })
export const li = (...content: RichNode[]): RichNode => ({ type: 'listItem', content })
export const ol = (attrs: Record<string, unknown>, ...items: RichNode[]): RichNode => ({
  type: 'orderedList',
  attrs,
  content: items
})

/** A report with one section per notes array, titled "Osio 1" …; other fields from `overrides`. */
export function reportWithNotes(notes: RichNode[][], overrides: Partial<Report> = {}): Report {
  return minimalReport({
    sections: minimalReport({
      sections: notes.map((content, i) => ({
        id: `s${i + 1}`,
        title: `Osio ${i + 1}`,
        status: 'on_track',
        notes: { type: 'doc', content }
      })) as never
    }).sections,
    ...overrides
  })
}
