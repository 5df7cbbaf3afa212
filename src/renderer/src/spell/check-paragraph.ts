/** Checks one paragraph: its words (tokenize.ts) through an engine, back to ranges for underlining. */
import { tokenize } from './tokenize'
import type { Misspelling, SpellEngine } from './types'

export function checkParagraph(engine: SpellEngine, text: string): Misspelling[] {
  const tokens = tokenize(text)
  const misspelt = new Set(engine.check(tokens.map((token) => token.word)))
  // An abbreviation is correct with its full stop ("esim.", "etc."): ask again with it.
  const abbreviations = tokens.filter((token) => token.beforeDot && misspelt.has(token.word))
  const correctWithDot = new Set(abbreviations.map((token) => `${token.word}.`))
  for (const word of engine.check([...correctWithDot])) correctWithDot.delete(word)
  return tokens
    .filter((token) => misspelt.has(token.word) && !(token.beforeDot && correctWithDot.has(`${token.word}.`)))
    .map(({ start, end }) => ({ start, end, word: text.slice(start, end) }))
}
