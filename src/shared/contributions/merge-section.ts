/**
 * Three-way merge of one section against the base the contributor started from: a field changed only by the
 * contributor is taken, one changed only by the coordinator is kept, one changed by both differently is a conflict.
 */
import type { Section } from '../model'
import { plainText, type RichDoc } from '../richtext'
import { sameContent } from './canonical'
import { mergeList } from './merge-list'
import {
  LIST_NAMES,
  SCALAR_FIELDS,
  type Conflict,
  type ListName,
  type ListSlot,
  type SectionMerge,
  type TakenChange
} from './merge-types'

/** Fields a contributor cannot edit: the coordinator's value stands unless only the reply differs from the base. */
const STRUCTURAL_FIELDS = ['templateSectionId', 'previousStatus', 'statusCarried'] as const

/** True when a side changed only the formatting of the notes: different JSON, the same plain text. */
export function formattingOnly(base: RichDoc, side: RichDoc): boolean {
  return !sameContent(base, side) && plainText(base) === plainText(side)
}

/** Merges one requested section present on both sides. */
export function mergeSection(base: Section, mine: Section, theirs: Section): SectionMerge {
  const sectionId = mine.id
  const sectionTitle = mine.title
  const conflicts: Conflict[] = []
  const taken: TakenChange[] = []
  const section: Section = { ...mine, keyFigures: [], decisions: [], actions: [] }

  for (const field of SCALAR_FIELDS) {
    const [b, m, t] = [base[field], mine[field], theirs[field]]
    if (m === t || t === b) continue
    if (m === b) {
      Object.assign(section, { [field]: t })
      taken.push({ sectionId, path: [field], change: 'changed' })
    } else {
      conflicts.push({
        id: `${sectionId}:${field}`,
        kind: 'field',
        sectionId,
        sectionTitle,
        field,
        base: b,
        mine: m,
        theirs: t
      })
    }
  }
  for (const field of STRUCTURAL_FIELDS) {
    if (mine[field] === base[field] && theirs[field] !== base[field]) {
      if (theirs[field] === undefined) delete section[field]
      else Object.assign(section, { [field]: theirs[field] })
      taken.push({ sectionId, path: [field], change: 'changed' })
    }
  }

  const [b, m, t] = [base.notes, mine.notes, theirs.notes]
  if (!sameContent(m, t) && !sameContent(t, b)) {
    if (sameContent(m, b)) {
      section.notes = t
      taken.push({ sectionId, path: ['notes'], change: 'changed' })
    } else {
      conflicts.push({
        id: `${sectionId}:notes`,
        kind: 'notes',
        sectionId,
        sectionTitle,
        base: b,
        mine: m,
        theirs: t,
        formattingOnly: { mine: formattingOnly(b, m), theirs: formattingOnly(b, t) }
      })
    }
  }

  const lists = {} as Record<ListName, ListSlot[]>
  for (const list of LIST_NAMES) {
    const merged = mergeList(sectionId, sectionTitle, list, base[list], mine[list], theirs[list])
    lists[list] = merged.slots
    conflicts.push(...merged.conflicts)
    taken.push(...merged.taken)
  }
  return { plan: { kind: 'merged', section, lists }, conflicts, taken }
}

/**
 * A requested section the coordinator has removed: it stays removed unless the contributor wrote in it, which is a
 * conflict whose "take theirs" puts it back.
 */
export function mergeRemovedSection(base: Section, theirs: Section): SectionMerge | undefined {
  if (sameContent(base, theirs)) return undefined
  const conflictId = `${base.id}:section`
  return {
    plan: { kind: 'removed', sectionId: base.id, conflictId },
    conflicts: [
      {
        id: conflictId,
        kind: 'section_removed',
        sectionId: base.id,
        sectionTitle: theirs.title,
        base,
        mine: null,
        theirs
      }
    ],
    taken: []
  }
}
