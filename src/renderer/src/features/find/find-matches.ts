/**
 * Find in report (Ctrl+F), the pure part: every occurrence of the query in the sections' titles, notes, key figures,
 * decisions and actions, in reading order (section by section, top to bottom). Case-insensitive; no regular
 * expressions (officials type words, and "1,2 %" must find itself).
 */
import { plainText } from '../../../../shared/richtext'
import type { Section } from '../../../../shared/model'

export type MatchPlace = 'title' | 'notes' | 'keyFigure' | 'decision' | 'action'

export interface FindMatch {
  sectionId: string
  place: MatchPlace
  /** Where in that place's text the occurrence starts (characters). */
  offset: number
}

/** Offsets of every occurrence of `needle` (already lower-cased) in `text`, not overlapping. */
export function occurrences(text: string, needle: string): number[] {
  if (!needle) return []
  const haystack = text.toLocaleLowerCase()
  const found: number[] = []
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    found.push(at)
  }
  return found
}

/** The searchable texts of a section, in the order they appear on screen. */
function places(section: Section): Array<[MatchPlace, string]> {
  return [
    ['title', section.title],
    ['notes', plainText(section.notes)],
    ...section.keyFigures.map((figure): [MatchPlace, string] => [
      'keyFigure',
      [figure.indicator, figure.value, figure.target, figure.unit, figure.year, figure.source].join('\n')
    ]),
    ...section.decisions.map((decision): [MatchPlace, string] => ['decision', decision.text]),
    ...section.actions.map((action): [MatchPlace, string] => ['action', `${action.what}\n${action.who}`])
  ]
}

/** Every match of `query` (trimmed; empty finds nothing) in `sections`. */
export function findMatches(sections: readonly Section[], query: string): FindMatch[] {
  const needle = query.trim().toLocaleLowerCase()
  if (!needle) return []
  const matches: FindMatch[] = []
  for (const section of sections) {
    for (const [place, text] of places(section)) {
      for (const offset of occurrences(text, needle)) matches.push({ sectionId: section.id, place, offset })
    }
  }
  return matches
}

/** The index after `current` moving by `step` (±1), wrapping at both ends; -1 when there is nothing. */
export function stepMatch(current: number, step: 1 | -1, total: number): number {
  if (total === 0) return -1
  if (current < 0) return step === 1 ? 0 : total - 1
  return (current + step + total) % total
}
