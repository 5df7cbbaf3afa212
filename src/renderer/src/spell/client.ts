/**
 * The editor's side of the spelling worker: typed requests, answers matched by id and parsed (zod).
 * A failure rejects with a SpellError whose code the UI turns into a message in the user's language.
 */
import type { SpellErrorCode, SpellRequest, SpellResponse } from './protocol'
import { spellResponseSchema } from './protocol'
import type { Misspelling, SpellLanguage } from './types'

/** A Worker, or anything that talks like one (tests connect the host directly). */
export interface SpellPort {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void
}

export class SpellError extends Error {
  constructor(
    readonly code: SpellErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'SpellError'
  }
}

export interface SpellClient {
  check(language: SpellLanguage, paragraph: string): Promise<Misspelling[]>
  suggest(language: SpellLanguage, word: string): Promise<string[]>
  addWord(language: SpellLanguage, word: string): Promise<void>
  ignore(language: SpellLanguage, word: string): Promise<void>
  setUserWords(language: SpellLanguage, words: readonly string[]): Promise<void>
}

type Payload = SpellRequest extends infer R ? (R extends SpellRequest ? Omit<R, 'id'> : never) : never
type Answer = Exclude<SpellResponse, { type: 'error' }>

export function createSpellClient(port: SpellPort): SpellClient {
  let nextId = 0
  const waiting = new Map<number, { resolve(answer: Answer): void; reject(error: SpellError): void }>()
  port.addEventListener('message', (event) => {
    const parsed = spellResponseSchema.safeParse(event.data)
    if (!parsed.success || parsed.data.id === null) return
    const answer = parsed.data
    const waiter = waiting.get(answer.id!)
    if (!waiter) return
    waiting.delete(answer.id!)
    if (answer.type === 'error') waiter.reject(new SpellError(answer.code, answer.message))
    else waiter.resolve(answer)
  })
  const send = (payload: Payload): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const id = nextId++
      waiting.set(id, { resolve, reject })
      port.postMessage({ ...payload, id })
    })
  const done = async (payload: Payload): Promise<void> => void (await send(payload))

  return {
    async check(language, text) {
      const answer = await send({ type: 'check', language, text })
      return answer.type === 'checked' ? answer.misspellings : []
    },
    async suggest(language, word) {
      const answer = await send({ type: 'suggest', language, word })
      return answer.type === 'suggestions' ? answer.suggestions : []
    },
    addWord: (language, word) => done({ type: 'addWord', language, word }),
    ignore: (language, word) => done({ type: 'ignore', language, word }),
    setUserWords: (language, words) => done({ type: 'setUserWords', language, words: [...words] })
  }
}
