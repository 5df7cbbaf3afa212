/**
 * The messages between the editor and the spelling worker. The worker parses every message as unknown (zod);
 * the client parses the answers. One paragraph per check: the editor sends only the paragraph that changed.
 */
import { z } from 'zod'
import { languageSchema } from '../../../shared/model'

const id = z.number().int().nonnegative()
const word = z.string().trim().min(1).max(200)

export const spellRequestSchema = z.discriminatedUnion('type', [
  // A paragraph of a report is a few hundred characters; the cap keeps a runaway message cheap.
  z.object({ id, type: z.literal('check'), language: languageSchema, text: z.string().max(50_000) }),
  z.object({ id, type: z.literal('suggest'), language: languageSchema, word }),
  z.object({ id, type: z.literal('addWord'), language: languageSchema, word }),
  z.object({ id, type: z.literal('ignore'), language: languageSchema, word }),
  z.object({
    id,
    type: z.literal('setUserWords'),
    language: languageSchema,
    words: z.array(word).max(100_000)
  })
])
export type SpellRequest = z.infer<typeof spellRequestSchema>

const offset = z.number().int().nonnegative()

export const spellErrorCodes = ['bad_request', 'engine_unavailable', 'engine_failed'] as const
export type SpellErrorCode = (typeof spellErrorCodes)[number]

export const spellResponseSchema = z.discriminatedUnion('type', [
  z.object({
    id,
    type: z.literal('checked'),
    misspellings: z.array(z.object({ start: offset, end: offset, word: z.string() }))
  }),
  z.object({ id, type: z.literal('suggestions'), suggestions: z.array(z.string()) }),
  z.object({ id, type: z.literal('done') }),
  // id is null when the request was too broken to have one.
  z.object({
    id: id.nullable(),
    type: z.literal('error'),
    code: z.enum(spellErrorCodes),
    message: z.string()
  })
])
export type SpellResponse = z.infer<typeof spellResponseSchema>
