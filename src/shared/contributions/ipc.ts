/**
 * What crosses IPC for contributions: the operations' inputs (parsed in main) and their results as zod schemas, so
 * the contract, main and the component tests' fake api share one definition. The renderer never names a file: files
 * are chosen in main's dialogs, or handed over as text (drag and drop) and checked like any other file.
 */
import { z } from 'zod'
import { idSchema, isoDateSchema, reportSchema } from '../model'
import { contributionReplySchema, contributorSchema } from './format'

/** The largest contribution file read: a whole report fits many times over. */
export const MAX_CONTRIBUTION_FILE_BYTES = 20 * 1024 * 1024

/** A message in the `contributions` namespace with its values (see messages.ts). */
export const outcomeMessageSchema = z.object({
  key: z.string().max(200),
  values: z.record(z.string(), z.string())
})

/** One request the coordinator asked, with how far it has come. */
export const requestRecordSchema = z.object({
  requestId: idSchema,
  reportId: idSchema,
  baseRevision: z.number().int().nonnegative(),
  baseHash: z.string().max(64),
  contributor: contributorSchema,
  sectionIds: z.array(idSchema).max(2000),
  sectionTitles: z.array(z.string().max(300)).max(2000),
  due: isoDateSchema,
  message: z.string().max(4000),
  requestedAt: z.iso.datetime(),
  /** When a reply was first read in (imported), and when one was merged; hashes of the merged replies. */
  returnedAt: z.iso.datetime().optional(),
  mergedAt: z.iso.datetime().optional(),
  mergedReplies: z.array(z.string().max(64)).max(1000)
})
export type RequestRecord = z.infer<typeof requestRecordSchema>

/** A report in this library that is someone else's request being written here. */
export const contributionInfoSchema = z.object({
  requestId: idSchema,
  reportId: idSchema,
  requestedBy: contributorSchema,
  contributor: contributorSchema,
  due: isoDateSchema,
  message: z.string().max(4000),
  marking: z.string().max(300),
  openedAt: z.iso.datetime(),
  returnedAt: z.iso.datetime().optional()
})
export type ContributionInfo = z.infer<typeof contributionInfoSchema>

export const contributionListingSchema = z.object({
  contribution: contributionInfoSchema.nullable(),
  requests: z.array(requestRecordSchema)
})
export type ContributionListing = z.infer<typeof contributionListingSchema>

export const askInputSchema = z
  .object({
    reportId: idSchema,
    requests: z
      .array(
        z
          .object({
            sectionIds: z.array(idSchema).min(1).max(2000),
            contributor: contributorSchema,
            due: isoDateSchema.default(''),
            message: z.string().max(4000).default('')
          })
          .strict()
      )
      .min(1)
      .max(50)
  })
  .strict()

export const askResultSchema = z.object({ written: z.array(requestRecordSchema) })
export type AskResult = z.infer<typeof askResultSchema>

/** A file dropped on the window: its name (shown in messages only) and its text. */
export const droppedFileSchema = z
  .object({ name: z.string().max(260), text: z.string().max(MAX_CONTRIBUTION_FILE_BYTES) })
  .strict()

export const openedRequestSchema = z.union([
  z.object({ ok: z.literal(true), reportId: idSchema }),
  z.object({ ok: z.literal(false), message: outcomeMessageSchema })
])
export type OpenedRequest = z.infer<typeof openedRequestSchema>

export const importedReplySchema = z.object({
  fileName: z.string().max(260),
  replyHash: z.string().max(64),
  reply: contributionReplySchema
})

/** Replies read for one report: the ones to merge (in order) and the ones refused, with why. */
export const replyImportSchema = z.object({
  sessionId: idSchema,
  /** The report as saved when the replies were read: the merge's "mine" and the revision it is saved on. */
  report: reportSchema,
  replies: z.array(importedReplySchema),
  refused: z.array(z.object({ fileName: z.string().max(260), message: outcomeMessageSchema }))
})
export type ReplyImport = z.infer<typeof replyImportSchema>

export const confirmMergeInputSchema = z
  .object({
    sessionId: idSchema,
    report: reportSchema,
    /** The replies of the session whose merge the report holds. */
    replyHashes: z.array(z.string().max(64)).min(1).max(50)
  })
  .strict()
