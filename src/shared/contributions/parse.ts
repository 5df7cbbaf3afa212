/**
 * Reading contribution files. Every outcome is typed so the app can say in the user's language what happened and
 * that nothing was changed: not a contribution, damaged, made by a newer version, meant for another report, or a base
 * that does not match its hash.
 */
import type { z } from 'zod'
import {
  baseHash,
  CONTRIBUTION_FORMAT,
  CONTRIBUTION_FORMAT_VERSION,
  contributionReplySchema,
  contributionRequestSchema,
  replyHash,
  type ContributionReply,
  type ContributionRequest
} from './format'

export type ContributionKind = 'request' | 'reply'

export type ContributionFailure =
  /** Valid JSON, but not a contribution file (e.g. a report file or any other JSON). */
  | { ok: false; reason: 'not_a_contribution' }
  /** Not JSON, or a contribution whose content does not hold together (cut short, edited by hand). */
  | { ok: false; reason: 'damaged'; detail: string }
  /** Written by a newer version of the app: this version cannot read it safely. */
  | { ok: false; reason: 'newer_format'; formatVersion: number }
  /** A request where a reply was expected, or the other way round. */
  | { ok: false; reason: 'wrong_kind'; kind: ContributionKind }
  /** A reply for a report other than the one it is imported into. */
  | { ok: false; reason: 'other_report'; reportId: string; reportTitle: string }
  /** The base snapshot does not match its hash, or not the hash of the request it claims to answer. */
  | { ok: false; reason: 'tampered' }

export type ContributionOutcome =
  | { ok: true; kind: 'request'; request: ContributionRequest }
  | { ok: true; kind: 'reply'; reply: ContributionReply; replyHash: string }
  | ContributionFailure

export type RequestOutcome = { ok: true; request: ContributionRequest } | ContributionFailure
export type ReplyOutcome = { ok: true; reply: ContributionReply; replyHash: string } | ContributionFailure

/** What the coordinator knows when importing a reply: into which report, and (if kept) the request's base hash. */
export interface ReplyExpectation {
  reportId: string
  baseHash?: string
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  return issue ? `${issue.path.join('.') || '(file)'}: ${issue.message}` : 'invalid'
}

/**
 * Reads a request or a reply from a file's text. A text that is not JSON counts as damaged: the caller hands over
 * only files the user chose as contributions.
 */
export function parseContribution(text: string): ContributionOutcome {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'damaged', detail: 'not JSON' }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, reason: 'not_a_contribution' }
  const data = raw as Record<string, unknown>
  if (data.format !== CONTRIBUTION_FORMAT) return { ok: false, reason: 'not_a_contribution' }
  const version = data.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'damaged', detail: 'formatVersion missing' }
  }
  // Checked before the shape: a newer format may differ in any field.
  if (version > CONTRIBUTION_FORMAT_VERSION)
    return { ok: false, reason: 'newer_format', formatVersion: version }
  if (data.kind === 'request') {
    const parsed = contributionRequestSchema.safeParse(data)
    if (!parsed.success) return { ok: false, reason: 'damaged', detail: firstIssue(parsed.error) }
    const request = parsed.data
    if (baseHash({ ...request, revision: request.baseRevision }) !== request.baseHash) {
      return { ok: false, reason: 'tampered' }
    }
    return { ok: true, kind: 'request', request }
  }
  if (data.kind === 'reply') {
    const parsed = contributionReplySchema.safeParse(data)
    if (!parsed.success) return { ok: false, reason: 'damaged', detail: firstIssue(parsed.error) }
    const reply = parsed.data
    const base = { ...reply, revision: reply.baseRevision, sections: reply.base }
    if (baseHash(base) !== reply.baseHash) return { ok: false, reason: 'tampered' }
    return { ok: true, kind: 'reply', reply, replyHash: replyHash(reply) }
  }
  return { ok: false, reason: 'damaged', detail: 'kind missing' }
}

/** Reads a request (the contributor opening what the coordinator sent). */
export function parseRequest(text: string): RequestOutcome {
  const outcome = parseContribution(text)
  if (!outcome.ok) return outcome
  if (outcome.kind !== 'request') return { ok: false, reason: 'wrong_kind', kind: outcome.kind }
  return { ok: true, request: outcome.request }
}

/**
 * Reads a reply for import into the report `expected.reportId`. When the coordinator still has the request, its
 * base hash is checked too: a reply whose base differs from what was asked is refused as tampered.
 */
export function parseReply(text: string, expected: ReplyExpectation): ReplyOutcome {
  const outcome = parseContribution(text)
  if (!outcome.ok) return outcome
  if (outcome.kind !== 'reply') return { ok: false, reason: 'wrong_kind', kind: outcome.kind }
  const { reply } = outcome
  if (reply.reportId !== expected.reportId) {
    return { ok: false, reason: 'other_report', reportId: reply.reportId, reportTitle: reply.report.title }
  }
  if (expected.baseHash !== undefined && expected.baseHash !== reply.baseHash)
    return { ok: false, reason: 'tampered' }
  return { ok: true, reply, replyHash: outcome.replyHash }
}
