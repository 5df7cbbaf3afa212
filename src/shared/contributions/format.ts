/**
 * The contribution files (`<title>.tilannekuva-osuus.json`): a coordinator's **request** for some sections of a
 * report, and the contributor's **reply** with those sections as written. Both carry the base they start from (the
 * requested sections at one revision of the report) and its hash, so the coordinator can merge three ways and a
 * damaged or hand-edited base is refused. Versioned like report files: a newer format is recognised, never guessed.
 */
import { z } from 'zod'
import {
  classificationSchema,
  idSchema,
  isoDateSchema,
  languageSchema,
  sectionSchema,
  type Report,
  type Section
} from '../model'
import { contentHash } from './canonical'

/** Marks a JSON file as a contribution, so a report file or any other JSON is told apart at once. */
export const CONTRIBUTION_FORMAT = 'tilannekuva-osuus'
/** The version of the contribution format this app writes and reads. Bump it only with a migration step. */
export const CONTRIBUTION_FORMAT_VERSION = 1

const text = (max: number) => z.string().max(max).default('')

/** Who: an organisation (ministry code or name) and a person. */
export const contributorSchema = z.object({ organisation: text(200), person: text(200) })
export type Contributor = z.infer<typeof contributorSchema>

/** What the contributor sees of the report: enough to write in its language and to handle it as marked. */
export const reportHeadingSchema = z.object({
  title: text(300),
  language: languageSchema,
  classification: classificationSchema,
  /** The marking as the coordinator's app wrote it in the report's language, e.g. "SALASSA PIDETTÄVÄ (JulkL …)". */
  marking: text(300)
})

const sectionsSchema = z.array(sectionSchema).max(2000)
const hashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lowercase hex')

const envelope = {
  format: z.literal(CONTRIBUTION_FORMAT),
  formatVersion: z.literal(CONTRIBUTION_FORMAT_VERSION),
  requestId: idSchema,
  reportId: idSchema,
  baseRevision: z.number().int().nonnegative(),
  /** contentHash of { reportId, revision, sectionOrder, sections } of the base; see baseHash(). */
  baseHash: hashSchema,
  report: reportHeadingSchema,
  /** Ids of all the report's sections at the base revision, in order: where a removed section is put back. */
  sectionOrder: z.array(idSchema).max(2000)
}

const uniqueIds = (sections: Section[]) => new Set(sections.map((s) => s.id)).size === sections.length

export const contributionRequestSchema = z
  .object({
    ...envelope,
    kind: z.literal('request'),
    requestedBy: contributorSchema,
    contributor: contributorSchema,
    requestedAt: z.iso.datetime(),
    due: isoDateSchema.default(''),
    message: text(4000),
    /** The requested sections at the base revision, with their guidance. */
    sections: sectionsSchema.min(1)
  })
  .refine((request) => uniqueIds(request.sections), 'a section is requested twice')
export type ContributionRequest = z.infer<typeof contributionRequestSchema>

export const contributionReplySchema = z
  .object({
    ...envelope,
    kind: z.literal('reply'),
    returnedBy: contributorSchema,
    returnedAt: z.iso.datetime(),
    message: text(4000),
    /** The request's snapshot again, so a reply can be merged on its own (and checked against the request). */
    base: sectionsSchema.min(1),
    /** The requested sections as the contributor wrote them; a section left out counts as unchanged. */
    sections: sectionsSchema
  })
  .refine((reply) => uniqueIds(reply.base) && uniqueIds(reply.sections), 'a section appears twice')
  .refine(
    (reply) => reply.sections.every((section) => reply.base.some((b) => b.id === section.id)),
    'a reply may hold only the requested sections'
  )
export type ContributionReply = z.infer<typeof contributionReplySchema>

/** What the base hash covers: which report, which revision, and the requested sections' full content. */
export function baseHash(base: {
  reportId: string
  revision: number
  sectionOrder: string[]
  sections: Section[]
}): string {
  const { reportId, revision, sectionOrder, sections } = base
  return contentHash({ reportId, revision, sectionOrder, sections })
}

/** Content hash of a reply: which request it answers and what was written, not when (re-sending is a re-import). */
export function replyHash(reply: Pick<ContributionReply, 'requestId' | 'sections'>): string {
  return contentHash({ requestId: reply.requestId, sections: reply.sections })
}

export interface RequestOptions {
  requestId: string
  /** The sections to ask for; the request lists them in the report's order. */
  sectionIds: string[]
  requestedBy: Contributor
  contributor: Contributor
  /** ISO timestamp, from the caller's clock. */
  now: string
  due: string
  message: string
  /** The report's classification marking in its language, as the export writes it ('' when unmarked). */
  marking: string
}

/**
 * A request for some sections of a report, at its current revision. Throws a RangeError for an unknown or
 * missing section id: the caller picks ids from the report itself.
 */
export function createRequest(report: Report, options: RequestOptions): ContributionRequest {
  const wanted = new Set(options.sectionIds)
  const unknown = options.sectionIds.filter((id) => !report.sections.some((s) => s.id === id))
  if (wanted.size === 0 || unknown.length > 0) {
    throw new RangeError(`cannot request sections: ${unknown.join(', ') || 'none chosen'}`)
  }
  // Parsed, so defaults are filled in before hashing: the reader re-parses and must get the same bytes.
  const sections = sectionsSchema.parse(
    structuredClone(report.sections.filter((section) => wanted.has(section.id)))
  )
  const sectionOrder = report.sections.map((section) => section.id)
  return contributionRequestSchema.parse({
    format: CONTRIBUTION_FORMAT,
    formatVersion: CONTRIBUTION_FORMAT_VERSION,
    kind: 'request',
    requestId: options.requestId,
    reportId: report.id,
    baseRevision: report.revision,
    baseHash: baseHash({ reportId: report.id, revision: report.revision, sectionOrder, sections }),
    report: {
      title: report.title,
      language: report.language,
      classification: report.classification,
      marking: options.marking
    },
    sectionOrder,
    requestedBy: options.requestedBy,
    contributor: options.contributor,
    requestedAt: options.now,
    due: options.due,
    message: options.message,
    sections
  })
}

export interface ReplyOptions {
  returnedBy: Contributor
  /** ISO timestamp, from the caller's clock. */
  now: string
  message?: string
}

/**
 * The contributor's reply: the requested sections as they are now in `written` (other sections there are ignored;
 * a requested section missing from `written` is sent as it was asked).
 */
export function createReply(
  request: ContributionRequest,
  written: Section[],
  options: ReplyOptions
): ContributionReply {
  const sections = request.sections.map(
    (asked) => written.find((section) => section.id === asked.id) ?? asked
  )
  return contributionReplySchema.parse({
    format: CONTRIBUTION_FORMAT,
    formatVersion: CONTRIBUTION_FORMAT_VERSION,
    kind: 'reply',
    requestId: request.requestId,
    reportId: request.reportId,
    baseRevision: request.baseRevision,
    baseHash: request.baseHash,
    report: request.report,
    sectionOrder: request.sectionOrder,
    returnedBy: options.returnedBy,
    returnedAt: options.now,
    message: options.message ?? '',
    base: structuredClone(request.sections),
    sections: structuredClone(sections)
  })
}
