/**
 * The outline's view of the report: number, title, status and "notes empty" per section — nothing else. Typing in
 * the notes changes a section object on every key; this hook hands the outline the SAME list until one of these
 * four things changes, so the outline does not re-render while the user types.
 */
import { useRef } from 'react'
import type { Report, Section, Status } from '../../../../shared/model'
import type { RichNode } from '../../../../shared/richtext'
import { useReportSelector } from '../../state/use-report'

export interface OutlineEntry {
  id: string
  title: string
  status: Status
  /** The status was carried from the previous report and is not reviewed yet. */
  carried: boolean
  notesEmpty: boolean
}

/** True when the notes hold some text; stops at the first character instead of extracting all the text. */
function hasText(node: RichNode): boolean {
  if (node.type === 'text') return Boolean(node.text?.trim())
  if (node.type === 'image') return true
  return node.content?.some(hasText) ?? false
}

function entryOf(section: Section, previous: OutlineEntry | undefined): OutlineEntry {
  const notesEmpty = !hasText(section.notes as RichNode)
  const carried = section.statusCarried === true
  if (
    previous &&
    previous.id === section.id &&
    previous.title === section.title &&
    previous.status === section.status &&
    previous.carried === carried &&
    previous.notesEmpty === notesEmpty
  ) {
    return previous
  }
  return { id: section.id, title: section.title, status: section.status, carried, notesEmpty }
}

/** Derives the outline list, reusing `previous` (and its entries) wherever nothing the outline shows changed. */
export function deriveOutline(
  sections: readonly Section[],
  previous: readonly OutlineEntry[]
): readonly OutlineEntry[] {
  let same = sections.length === previous.length
  const next = sections.map((section, index) => {
    const entry = entryOf(section, previous[index])
    if (entry !== previous[index]) same = false
    return entry
  })
  return same ? previous : next
}

/** The outline list of the open report; stable between calls while titles, statuses and emptiness are unchanged. */
export function useOutline(): readonly OutlineEntry[] {
  // useSyncExternalStore needs the same snapshot for the same store state: cache on the sections array itself.
  const cache = useRef<{ sections: Report['sections'] | null; list: readonly OutlineEntry[] }>({
    sections: null,
    list: []
  })
  return useReportSelector((report) => {
    if (cache.current.sections !== report.sections) {
      cache.current = { sections: report.sections, list: deriveOutline(report.sections, cache.current.list) }
    }
    return cache.current.list
  })
}
