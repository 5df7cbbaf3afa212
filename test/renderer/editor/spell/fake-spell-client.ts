/**
 * A spelling client for component tests: jsdom has no Worker, and the engines are proven elsewhere (golden tests,
 * the worker in Chromium). It knows a few misspellings and their corrections, and records what it was asked.
 */
import type { SpellClient } from '../../../../src/renderer/src/spell/client'

const CORRECTIONS: Record<string, string[]> = {
  kokouksesa: ['kokouksessa', 'kokouksesta'],
  ministeriöö: ['ministeriö', 'ministeriössä']
}

export interface FakeSpellClient extends SpellClient {
  checked: string[]
  accepted: Set<string>
}

export function fakeSpellClient(): FakeSpellClient {
  const checked: string[] = []
  const accepted = new Set<string>()
  return {
    checked,
    accepted,
    async check(_language, text) {
      checked.push(text)
      return [...text.matchAll(/\p{L}+/gu)]
        .filter(([word]) => word in CORRECTIONS && !accepted.has(word))
        .map((match) => ({ start: match.index, end: match.index + match[0].length, word: match[0] }))
    },
    suggest: async (_language, word) => CORRECTIONS[word] ?? [],
    addWord: async (_language, word) => void accepted.add(word),
    ignore: async (_language, word) => void accepted.add(word),
    setUserWords: async (_language, words) => words.forEach((word) => accepted.add(word))
  }
}
