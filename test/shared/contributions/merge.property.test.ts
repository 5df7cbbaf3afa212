import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  bringsNothingNew,
  mergedReport,
  mergeRecord,
  mergeReply,
  previewReport
} from '../../../src/shared/contributions/merge'
import { openConflicts, resolve } from '../../../src/shared/contributions/resolve'
import { mergeSection } from '../../../src/shared/contributions/merge-section'
import type { Conflict, MergeState } from '../../../src/shared/contributions/merge-types'
import type { Section } from '../../../src/shared/model'
import { plainText } from '../../../src/shared/richtext'
import { threeVersions } from './arbitraries'
import { threeWay } from './support'

function startMerge(base: Section, mine: Section | null, theirs: Section) {
  const { mine: report, reply } = threeWay(base, mine, theirs)
  const outcome = mergeReply(report, reply)
  if (!outcome.ok) throw new Error(outcome.reason)
  return { state: outcome.state, reply }
}

// Enough cases that conflicts on list items (one run in seven) turn up by the dozen.
const runs = { numRuns: 250 }

const sectionOf = (state: MergeState) => previewReport(state).sections.find((s) => s.id === 'sec')

/** Every piece of text in a section, by where it stands: fields, notes, and each item's fields. */
function pieces(section: Section | null | undefined): Map<string, string> {
  const out = new Map<string, string>()
  if (!section) return out
  for (const field of ['title', 'guidance', 'owner', 'status', 'trend'] as const)
    out.set(field, section[field])
  out.set('notes', plainText(section.notes))
  for (const list of ['keyFigures', 'decisions', 'actions'] as const) {
    for (const item of section[list]) {
      for (const [key, value] of Object.entries(item)) out.set(`${list}:${item.id}:${key}`, String(value))
    }
  }
  return out
}

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean)

/** Words in the conflicts still open, on either side. */
function conflictWords(conflicts: Conflict[]): string[] {
  return conflicts.flatMap((conflict) => {
    if (conflict.kind === 'field') return [...wordsOf(conflict.mine), ...wordsOf(conflict.theirs)]
    if (conflict.kind === 'notes')
      return [...wordsOf(plainText(conflict.mine)), ...wordsOf(plainText(conflict.theirs))]
    if (conflict.kind === 'section_removed') return [...pieces(conflict.theirs).values()].flatMap(wordsOf)
    return [conflict.mine, conflict.theirs].flatMap((item) =>
      item ? Object.values(item).flatMap((value) => wordsOf(String(value))) : []
    )
  })
}

/** Conflicts as the other side would see them: mine and theirs swapped. */
function swapped(conflicts: Conflict[]) {
  return conflicts.map((conflict) => {
    const { sectionTitle: _title, resolution: _resolution, ...rest } = conflict
    return 'formattingOnly' in rest
      ? {
          ...rest,
          mine: rest.theirs,
          theirs: rest.mine,
          formattingOnly: { mine: rest.formattingOnly.theirs, theirs: rest.formattingOnly.mine }
        }
      : { ...rest, mine: rest.theirs, theirs: rest.mine }
  })
}
const comparable = (conflicts: Conflict[]) =>
  conflicts.map(({ sectionTitle: _title, resolution: _resolution, ...rest }) => rest)

describe('three-way merge of a section (properties)', () => {
  it('merge(base, mine, base) = mine: a reply with no changes leaves the report as it is', () => {
    fc.assert(
      fc.property(threeVersions, ([base, mine]) => {
        const { state } = startMerge(base, mine, base)
        expect(state.conflicts).toEqual([])
        expect(mergedReport(state)).toEqual(state.mine)
      }),
      runs
    )
  })

  it('merge(base, base, theirs) = theirs: a section the coordinator left alone comes back as written', () => {
    fc.assert(
      fc.property(threeVersions, ([base, , theirs]) => {
        const { state } = startMerge(base, base, theirs)
        expect(state.conflicts).toEqual([])
        expect(sectionOf(state)).toEqual(theirs)
      }),
      runs
    )
  })

  it('finds the same conflicts whichever side is "mine", with the versions swapped', () => {
    fc.assert(
      fc.property(threeVersions, ([base, mine, theirs]) => {
        const one = mergeSection(base, mine, theirs).conflicts
        const other = mergeSection(base, theirs, mine).conflicts
        expect(comparable(other)).toEqual(swapped(one))
      }),
      runs
    )
  })

  it('loses no content: every word either side wrote is in the result or in an open conflict', () => {
    fc.assert(
      fc.property(threeVersions, fc.boolean(), ([base, mine, theirs], removedByCoordinator) => {
        const { state } = startMerge(base, removedByCoordinator ? null : mine, theirs)
        const kept = new Set(
          [...pieces(sectionOf(state)).values(), ...conflictWords(openConflicts(state))].flatMap(wordsOf)
        )
        const before = pieces(base)
        for (const side of removedByCoordinator ? [theirs] : [mine, theirs]) {
          for (const [where, text] of pieces(side)) {
            if (before.get(where) === text) continue
            for (const word of wordsOf(text)) expect(kept, `${where}: ${word}`).toContain(word)
          }
        }
      }),
      runs
    )
  })

  it('is idempotent: the same reply again changes nothing, by its record and by its result', () => {
    fc.assert(
      fc.property(threeVersions, ([base, mine, theirs]) => {
        const { state, reply } = startMerge(base, mine, theirs)
        let resolved = state
        for (const conflict of state.conflicts) {
          const outcome = resolve(resolved, conflict.id, { choice: 'theirs' })
          if (outcome.ok) resolved = outcome.state
        }
        const saved = mergedReport(resolved)!
        expect(mergeReply(saved, reply, [mergeRecord(resolved)])).toEqual({
          ok: false,
          reason: 'already_merged'
        })
        const again = mergeReply(saved, reply)
        if (!again.ok) throw new Error(again.reason)
        expect(bringsNothingNew(again.state)).toBe(true)
        expect(previewReport(again.state)).toEqual(saved)
      }),
      runs
    )
  })
})
