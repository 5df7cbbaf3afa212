/**
 * Merging a contributor's reply into the coordinator's report, section by section, against the base the request was
 * made from. The result is a merge state: what was taken, the conflicts with both versions (resolved in resolve.ts),
 * and — once every conflict is resolved — the merged report to save as one new revision. Pure: nothing is written.
 */
import type { Report, Section } from '../model'
import { replyHash, type ContributionReply } from './format'
import { mergeRemovedSection, mergeSection } from './merge-section'
import type {
  Conflict,
  ListItem,
  MergedReplyRecord,
  MergeState,
  SectionMerge,
  SectionPlan
} from './merge-types'
import { openConflicts } from './resolve'

export type MergeOutcome =
  | { ok: true; state: MergeState }
  /** This very reply (same request, same content) was merged before: nothing to do. */
  | { ok: false; reason: 'already_merged' }
  | { ok: false; reason: 'other_report'; reportId: string; reportTitle: string }

/**
 * Starts merging `reply` into `report`. `merged` lists the replies merged before (kept by the app): the same reply
 * again gives `already_merged`. A requested section the reply leaves out counts as unchanged by the contributor.
 */
export function mergeReply(
  report: Report,
  reply: ContributionReply,
  merged: readonly MergedReplyRecord[] = []
): MergeOutcome {
  if (reply.reportId !== report.id) {
    return { ok: false, reason: 'other_report', reportId: reply.reportId, reportTitle: reply.report.title }
  }
  const hash = replyHash(reply)
  if (merged.some((record) => record.requestId === reply.requestId && record.replyHash === hash)) {
    return { ok: false, reason: 'already_merged' }
  }
  const written = new Map(reply.sections.map((section) => [section.id, section]))
  const current = new Map(report.sections.map((section) => [section.id, section]))
  const results: SectionMerge[] = []
  for (const base of reply.base) {
    const theirs = written.get(base.id) ?? base
    const mine = current.get(base.id)
    const result = mine ? mergeSection(base, mine, theirs) : mergeRemovedSection(base, theirs)
    if (result) results.push(result)
  }
  return {
    ok: true,
    state: {
      requestId: reply.requestId,
      replyHash: hash,
      contributor: reply.returnedBy,
      mine: report,
      sectionOrder: reply.sectionOrder,
      plans: results.map((result) => result.plan),
      conflicts: results.flatMap((result) => result.conflicts),
      taken: results.flatMap((result) => result.taken)
    }
  }
}

/** True when the reply brings nothing the report does not already have (e.g. it was merged before by hand). */
export function bringsNothingNew(state: MergeState): boolean {
  return state.taken.length === 0 && state.conflicts.length === 0
}

/** The record to keep once the merged report is saved, so importing the same reply again changes nothing. */
export function mergeRecord(state: MergeState): MergedReplyRecord {
  return { requestId: state.requestId, replyHash: state.replyHash }
}

/** The value a conflict stands at: the coordinator's until resolved. */
function chosen(conflict: Conflict): unknown {
  const resolution = conflict.resolution
  if (!resolution || resolution.choice === 'mine') return conflict.mine
  if (resolution.choice === 'theirs') return conflict.theirs
  return resolution.value
}

function buildSection(
  plan: Extract<SectionPlan, { kind: 'merged' }>,
  conflicts: Map<string, Conflict>
): Section {
  const section: Section = { ...plan.section }
  for (const conflict of conflicts.values()) {
    if (conflict.sectionId !== section.id) continue
    // Field and notes conflicts set their field; item conflicts are placed by the list slots below.
    if (conflict.kind === 'field') Object.assign(section, { [conflict.field]: chosen(conflict) })
    if (conflict.kind === 'notes') section.notes = chosen(conflict) as Section['notes']
  }
  const list = <T extends ListItem>(slots: typeof plan.lists.actions): T[] =>
    slots
      .map((slot) =>
        'item' in slot ? slot.item : (chosen(conflicts.get(slot.conflictId)!) as ListItem | null)
      )
      .filter((item): item is T => item !== null)
  return {
    ...section,
    keyFigures: list(plan.lists.keyFigures),
    decisions: list(plan.lists.decisions),
    actions: list(plan.lists.actions)
  }
}

/** Puts a section back after the nearest section that stood before it at the base (else before the next one). */
function restore(sections: Section[], section: Section, order: readonly string[]): void {
  const at = order.indexOf(section.id)
  for (let i = at - 1; i >= 0 && at >= 0; i -= 1) {
    const position = sections.findIndex((s) => s.id === order[i])
    if (position >= 0) return void sections.splice(position + 1, 0, section)
  }
  for (let i = at + 1; i < order.length && at >= 0; i += 1) {
    const position = sections.findIndex((s) => s.id === order[i])
    if (position >= 0) return void sections.splice(position, 0, section)
  }
  sections.push(section)
}

/** The report as it would be saved now; open conflicts stand at the coordinator's version. */
export function previewReport(state: MergeState): Report {
  const conflicts = new Map(state.conflicts.map((conflict) => [conflict.id, conflict]))
  const plans = new Map(
    state.plans.flatMap((plan) => (plan.kind === 'merged' ? [[plan.section.id, plan]] : []))
  )
  const sections = state.mine.sections.map((section) => {
    const plan = plans.get(section.id)
    return plan ? buildSection(plan, conflicts) : section
  })
  for (const plan of state.plans) {
    if (plan.kind !== 'removed') continue
    const section = chosen(conflicts.get(plan.conflictId)!) as Section | null
    if (section) restore(sections, section, state.sectionOrder)
  }
  return { ...state.mine, sections }
}

/** The merged report to save as one new revision, or undefined while a conflict is open. */
export function mergedReport(state: MergeState): Report | undefined {
  return openConflicts(state).length === 0 ? previewReport(state) : undefined
}
