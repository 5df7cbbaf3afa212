/**
 * The user's spelling dictionary in the data folder (user-dictionary.json), one word list per report language.
 * Read once at start; each added word is written durably before it is answered. A damaged file is moved aside
 * (user-dictionary.corrupt-<time>.json, nothing lost) and the dictionary starts empty.
 */
import { readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { ServiceError, type Services } from '../../shared/contract'
import type { Language } from '../../shared/model'
import {
  EMPTY_USER_DICTIONARY,
  MAX_USER_WORDS,
  userDictionarySchema,
  type UserDictionary
} from '../../shared/user-dictionary'
import { corruptPathFor } from '../storage/paths'
import type { StorageContext } from '../storage/context'
import type { ServiceDeps } from './deps'

export type SpellingOperations = 'spell.userWords' | 'spell.addWord'

export const USER_DICTIONARY_FILE = 'user-dictionary.json'

async function load(path: string, deps: ServiceDeps): Promise<UserDictionary> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return structuredClone(EMPTY_USER_DICTIONARY)
  }
  try {
    return userDictionarySchema.parse(JSON.parse(text))
  } catch (error) {
    deps.log?.('the user dictionary was damaged and was moved aside', error)
    await rename(path, corruptPathFor(path, deps.now?.() ?? new Date())).catch(() => undefined)
    return structuredClone(EMPTY_USER_DICTIONARY)
  }
}

/** Implements spell.userWords and spell.addWord over the data folder. */
export function spellingServices(
  deps: ServiceDeps,
  ctx: Pick<StorageContext, 'dataDir' | 'readOnly' | 'writeFileDurable'>
): Pick<Services, SpellingOperations> {
  const path = join(ctx.dataDir, USER_DICTIONARY_FILE)
  let loaded: Promise<UserDictionary> | undefined
  const dictionary = () => (loaded ??= load(path, deps))
  // One addition at a time: each reads what the previous one wrote.
  let queue: Promise<unknown> = Promise.resolve()

  const add = async (language: Language, word: string): Promise<UserDictionary> => {
    if (ctx.readOnly || deps.readOnly) throw new ServiceError('read_only')
    const current = await dictionary()
    if (current[language].includes(word)) return structuredClone(current)
    if (current[language].length >= MAX_USER_WORDS) throw new ServiceError('bad_request', 'dictionary full')
    const next = { ...current, [language]: [...current[language], word].sort((a, b) => a.localeCompare(b)) }
    // Memory changes only after the file holds the word.
    await ctx.writeFileDurable(path, JSON.stringify(next, null, 1))
    loaded = Promise.resolve(next)
    return structuredClone(next)
  }

  return {
    'spell.userWords': async () => structuredClone(await dictionary()),
    'spell.addWord': ({ language, word }) => {
      const added = queue.then(() => add(language, word))
      queue = added.catch(() => undefined)
      return added
    }
  }
}
