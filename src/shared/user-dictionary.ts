/**
 * The user's own spelling dictionary: words the checker should accept, per report language ("Kela-kortti",
 * a colleague's name). Stored by main in the data folder (user-dictionary.json); the renderer's spelling worker
 * gets the words at start. A word is one token as the checker sees it: letters, digits, hyphens, apostrophes and
 * full stops, at least one letter, no spaces.
 */
import { z } from 'zod'
import { languageSchema, type Language } from './model'

export const MAX_USER_WORD_LENGTH = 100
/** Far more than anyone adds by hand; keeps the file and the worker's start small. */
export const MAX_USER_WORDS = 10_000

export const userWordSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_USER_WORD_LENGTH)
  .regex(/^[\p{L}\p{M}\p{N}'’.-]+$/u, 'one word without spaces or symbols')
  .regex(/\p{L}/u, 'a word has a letter')

const wordsSchema = z.array(userWordSchema).max(MAX_USER_WORDS)

export const userDictionarySchema = z.object({ fi: wordsSchema, sv: wordsSchema, en: wordsSchema }).strict()
export type UserDictionary = Record<Language, string[]>

export const addUserWordInputSchema = z.object({ language: languageSchema, word: userWordSchema }).strict()

export const EMPTY_USER_DICTIONARY: UserDictionary = { fi: [], sv: [], en: [] }
