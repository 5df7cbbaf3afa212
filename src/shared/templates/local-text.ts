/**
 * Picking one language out of a template's multilingual text. Templates may be partly translated (a user template
 * imported from a Finnish Word file has only Finnish), so a missing language falls back to another one rather than
 * leaving the writer with an empty title.
 */
import { LANGUAGES, type Language, type LocalText } from '../model'

/** Text in every language: what built-in templates must provide. */
export type FullText = Required<{ [L in Language]: string }>

/** The text in `language`, else the first non-empty one in fi, sv, en order; '' when there is none. */
export function localText(text: LocalText | undefined, language: Language): string {
  if (!text) return ''
  const wanted = text[language]?.trim()
  if (wanted) return text[language] as string
  for (const other of LANGUAGES) {
    if (text[other]?.trim()) return text[other] as string
  }
  return ''
}
