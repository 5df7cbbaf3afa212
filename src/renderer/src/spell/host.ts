/**
 * What the spelling worker does with a message, without the worker: parse it (zod), start the language's engine
 * on first use, answer. Never throws: every failure is an answer with a code. Tests drive it under Node.
 */
import type { ReadAsset } from './assets'
import { checkParagraph } from './check-paragraph'
import { loadEngine } from './load'
import { spellRequestSchema, type SpellResponse } from './protocol'
import type { SpellEngine, SpellLanguage } from './types'

export type LoadEngine = typeof loadEngine

export interface SpellHost {
  handle(message: unknown): Promise<SpellResponse>
}

export function createSpellHost(read: ReadAsset, load: LoadEngine = loadEngine): SpellHost {
  const engines = new Map<SpellLanguage, Promise<SpellEngine>>()
  // The user's dictionary arrives before the language is needed; the engine gets it when it starts.
  const userWords = new Map<SpellLanguage, string[]>()

  const engine = (language: SpellLanguage): Promise<SpellEngine> => {
    let started = engines.get(language)
    if (!started) {
      started = load(language, read, userWords.get(language) ?? [])
      // A failed start (a missing file) is not remembered: the next request tries again.
      started.catch(() => engines.delete(language))
      engines.set(language, started)
    }
    return started
  }

  return {
    async handle(message) {
      const parsed = spellRequestSchema.safeParse(message)
      if (!parsed.success) {
        const raw = message as { id?: unknown } | null
        const id = typeof raw?.id === 'number' && Number.isInteger(raw.id) && raw.id >= 0 ? raw.id : null
        return { id, type: 'error', code: 'bad_request', message: parsed.error.message }
      }
      const request = parsed.data
      const { id, language } = request
      if (request.type === 'setUserWords') {
        userWords.set(language, request.words)
        if (!engines.has(language)) return { id, type: 'done' }
      }
      let ready: SpellEngine
      try {
        ready = await engine(language)
      } catch (error) {
        return { id, type: 'error', code: 'engine_unavailable', message: describe(error) }
      }
      try {
        switch (request.type) {
          case 'check':
            return { id, type: 'checked', misspellings: checkParagraph(ready, request.text) }
          case 'suggest':
            return { id, type: 'suggestions', suggestions: ready.suggest(request.word) }
          case 'addWord':
            ready.addWord(request.word)
            userWords.set(language, [...(userWords.get(language) ?? []), request.word])
            return { id, type: 'done' }
          case 'ignore':
            ready.ignore(request.word)
            return { id, type: 'done' }
          case 'setUserWords':
            ready.setUserWords(request.words)
            return { id, type: 'done' }
        }
      } catch (error) {
        return { id, type: 'error', code: 'engine_failed', message: describe(error) }
      }
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
