/**
 * The app's one spelling worker, started when an editor first needs it and kept while the app runs (Swedish takes
 * a second to load; switching sections must not pay that again). The user's dictionary comes from main before the
 * first check; a word added here is stored by main first, then given to the worker.
 */
import { LANGUAGES, type Language } from '../../../../../shared/model'
import type { Misspelling } from '../../../spell/types'
import { startSpellWorker } from '../../../spell/start-worker'
import type { SpellClient } from '../../../spell/client'
import { api, unwrap } from '../../../api'

export interface SpellSession {
  check(language: Language, text: string): Promise<Misspelling[]>
  suggest(language: Language, word: string): Promise<string[]>
  /** Stores the word in the user's dictionary (main), then accepts it. Rejects with ApiError when not stored. */
  addWord(language: Language, word: string): Promise<void>
  /** Accepts the word until the app closes. */
  ignore(language: Language, word: string): Promise<void>
}

let session: SpellSession | undefined

export function spellSession(): SpellSession {
  session ??= createSession()
  return session
}

/** Without a worker (it could not start) the editor works as before, only without underlines. */
function unavailable(error: unknown): SpellSession {
  const fail = () => Promise.reject(error)
  return { check: fail, suggest: fail, addWord: fail, ignore: fail }
}

function createSession(): SpellSession {
  let client: SpellClient
  try {
    client = startSpellWorker().client
  } catch (error) {
    return unavailable(error)
  }
  // Without the user's words (main could not read them) checking still works; they are only missing.
  const ready = unwrap(api.spell.userWords({}))
    .then((words) => Promise.all(LANGUAGES.map((language) => client.setUserWords(language, words[language]))))
    .catch(() => undefined)
  return {
    check: async (language, text) => {
      await ready
      return client.check(language, text)
    },
    suggest: async (language, word) => {
      await ready
      return client.suggest(language, word)
    },
    addWord: async (language, word) => {
      await unwrap(api.spell.addWord({ language, word }))
      await client.addWord(language, word)
    },
    ignore: (language, word) => client.ignore(language, word)
  }
}
