/**
 * The coordinator's merge of imported replies, one after another: each reply is merged three ways (shared core)
 * into the report as the previous replies left it, so two contributors writing in the same section meet as a
 * conflict too. Pure: the view holds this state, and only confirming it writes anything (in main).
 */
import type { ReplyImport } from '../../../../shared/contributions/ipc'
import { bringsNothingNew, mergedReport, mergeReply } from '../../../../shared/contributions/merge'
import { outcomeMessage, type OutcomeMessage } from '../../../../shared/contributions/messages'
import type { MergeState, Resolution } from '../../../../shared/contributions/merge-types'
import { openConflicts, resolve } from '../../../../shared/contributions/resolve'
import type { Report } from '../../../../shared/model'

export interface MergeStep {
  fileName: string
  replyHash: string
  state: MergeState
}

export interface MergeSession {
  sessionId: string
  /** The report as the replies merged so far leave it. */
  report: Report
  /** The reply being decided now; undefined when every reply has been taken in. */
  current?: MergeStep
  /** Replies still to come, in the order they were imported. */
  queue: ReplyImport['replies']
  /** Replies whose merge the report holds. */
  merged: string[]
  /** Files (or replies) that brought nothing to merge, with why. */
  notes: Array<{ fileName: string; message: OutcomeMessage }>
}

/** Moves on to the next reply that has something to merge. */
function advance(session: MergeSession): MergeSession {
  const queue = [...session.queue]
  const notes = [...session.notes]
  for (let next = queue.shift(); next; next = queue.shift()) {
    const outcome = mergeReply(session.report, next.reply)
    if (!outcome.ok) {
      notes.push({ fileName: next.fileName, message: outcomeMessage(outcome) })
      continue
    }
    if (bringsNothingNew(outcome.state)) {
      notes.push({ fileName: next.fileName, message: outcomeMessage({ ok: true, nothingNew: true }) })
      continue
    }
    const current = { fileName: next.fileName, replyHash: next.replyHash, state: outcome.state }
    return { ...session, current, queue, notes }
  }
  return { ...session, current: undefined, queue, notes }
}

/** Starts merging what an import read; refused files are noted with their message. */
export function startMerge(imported: ReplyImport): MergeSession {
  return advance({
    sessionId: imported.sessionId,
    report: imported.report,
    queue: imported.replies,
    merged: [],
    notes: imported.refused.map(({ fileName, message }) => ({ fileName, message }))
  })
}

/** Records the coordinator's choice for one conflict of the current reply; an invalid edit is refused. */
export function decide(
  session: MergeSession,
  conflictId: string,
  resolution: Resolution<unknown>
): MergeSession | null {
  if (!session.current) return null
  const outcome = resolve(session.current.state, conflictId, resolution)
  if (!outcome.ok) return null
  return { ...session, current: { ...session.current, state: outcome.state } }
}

/** True when the current reply has no open conflict (it can be taken in). */
export function currentSettled(session: MergeSession): boolean {
  return !session.current || openConflicts(session.current.state).length === 0
}

/** Takes the current reply into the report (all its conflicts decided) and moves on to the next one. */
export function takeCurrent(session: MergeSession): MergeSession {
  const current = session.current
  const report = current ? mergedReport(current.state) : undefined
  if (!current || !report) return session
  return advance({ ...session, report, merged: [...session.merged, current.replyHash] })
}
