/**
 * The coordinator's choices on a merge's conflicts: keep mine, take theirs, or a version edited from both. A choice is
 * recorded in the merge state; the merged report is built from the state (merge.ts), so a choice can be changed.
 */
import type { z } from 'zod'
import { sectionSchema } from '../model'
import { richDocSchema } from '../richtext'
import { ITEM_SCHEMAS, type Conflict, type MergeState, type Resolution } from './merge-types'

export type ResolveOutcome =
  | { ok: true; state: MergeState }
  | { ok: false; reason: 'unknown_conflict' }
  | { ok: false; reason: 'invalid_value'; detail: string }

/** Conflicts still waiting for the coordinator's choice. */
export function openConflicts(state: MergeState): Conflict[] {
  return state.conflicts.filter((conflict) => conflict.resolution === undefined)
}

function editedValue(conflict: Conflict, value: unknown): z.ZodSafeParseResult<unknown> {
  switch (conflict.kind) {
    case 'field':
      return sectionSchema.shape[conflict.field].safeParse(value)
    case 'notes':
      return richDocSchema.safeParse(value)
    case 'item':
      return ITEM_SCHEMAS[conflict.list].safeParse(withId(value, conflict.itemId))
    case 'section_removed':
      return sectionSchema.safeParse(withId(value, conflict.sectionId))
  }
}

/** The item or section keeps its identity whatever the edit: the id is not the coordinator's to change here. */
function withId(value: unknown, id: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value, id } : value
}

/**
 * Applies the coordinator's choice for one conflict: keep mine, take theirs, or an edited value written from both
 * (checked against the field's schema). Choosing again replaces the earlier choice.
 */
export function resolve(
  state: MergeState,
  conflictId: string,
  resolution: Resolution<unknown>
): ResolveOutcome {
  const conflict = state.conflicts.find((candidate) => candidate.id === conflictId)
  if (!conflict) return { ok: false, reason: 'unknown_conflict' }
  let settled: Resolution<unknown> = resolution
  // The choice may come from a view across IPC: only the three known choices are recorded.
  if (!['mine', 'theirs', 'edited'].includes(resolution.choice)) {
    return { ok: false, reason: 'invalid_value', detail: 'unknown choice' }
  }
  if (resolution.choice === 'edited') {
    // Checked before the schema, whose defaults would turn a missing value into an empty one.
    if (resolution.value === undefined || resolution.value === null) {
      return { ok: false, reason: 'invalid_value', detail: 'no value' }
    }
    const parsed = editedValue(conflict, resolution.value)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return {
        ok: false,
        reason: 'invalid_value',
        detail: issue ? `${issue.path.join('.')}: ${issue.message}` : ''
      }
    }
    settled = { choice: 'edited', value: parsed.data }
  }
  const conflicts = state.conflicts.map((candidate) =>
    candidate.id === conflictId ? ({ ...candidate, resolution: settled } as Conflict) : candidate
  )
  return { ok: true, state: { ...state, conflicts } }
}
