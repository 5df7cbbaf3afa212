/**
 * The one engine interface over Voikko and Hunspell: the raw engine's verdict plus the project's domain words,
 * the user's dictionary and the words ignored in this session, and two rules for what a raw engine cannot know:
 * - a hyphenated compound with a part the engine does not know ("Kela-kortti" once "Kela-kortti" or "Kela" is
 *   in a word list, "API-rajapinta") is accepted when that part is listed or an abbreviation in capitals and
 *   every other part is accepted by the engine — never when all parts are ordinary words, so "tieto-turva"
 *   stays flagged;
 * - an inflected abbreviation ("DVV:n") is accepted when its stem is listed or unknown to the engine; when the
 *   engine knows the stem it judges the ending ("EU:ssä" is flagged, "EU:ssa" is not).
 */
import type { SpellEngine, SpellLanguage, WordSpeller } from './types'
import { normalizeWord, WordList } from './word-list'
import { preferDoubledLetters } from './suggestions'

export interface EngineOptions {
  projectWords?: readonly string[]
  userWords?: readonly string[]
}

/** Engine verdicts kept per word: a paragraph is checked again after every change, mostly with the same words. */
const VERDICT_CACHE_LIMIT = 50_000
const MAX_SUGGESTIONS = 8

export function createSpellEngine(
  language: SpellLanguage,
  speller: WordSpeller,
  options: EngineOptions = {}
): SpellEngine {
  const project = new WordList(options.projectWords)
  const ignored = new WordList()
  let user = new WordList(options.userWords)
  const verdicts = new Map<string, boolean>()

  const spell = (word: string): boolean => {
    let verdict = verdicts.get(word)
    if (verdict === undefined) {
      if (verdicts.size >= VERDICT_CACHE_LIMIT) verdicts.clear()
      verdict = speller.spell(word)
      verdicts.set(word, verdict)
    }
    return verdict
  }
  const listed = (word: string): boolean => project.has(word) || user.has(word) || ignored.has(word)
  const inLists = (part: string): boolean =>
    project.knowsPart(part) || user.knowsPart(part) || ignored.knowsPart(part)

  const acceptsCompound = (word: string): boolean => {
    const parts = word.replace(/-$/u, '').split('-')
    if (parts.length < 2 || parts.some((part) => part === '')) return false
    let unknownToEngine = false
    for (const part of parts) {
      if (inLists(part) || isAbbreviation(part)) unknownToEngine = true
      else if (!spell(part)) return false
    }
    return unknownToEngine
  }
  const acceptsInflectedAbbreviation = (word: string): boolean => {
    const match = /^(.+):\p{L}+$/u.exec(word)
    if (!match) return false
    const stem = match[1]!
    return inLists(stem) || (isAbbreviation(stem) && !spell(stem))
  }
  const accepts = (word: string): boolean =>
    listed(word) || spell(word) || acceptsCompound(word) || acceptsInflectedAbbreviation(word)

  return {
    language,
    check(words) {
      const misspelt = new Set<string>()
      for (const word of words) if (!misspelt.has(word) && !accepts(normalizeWord(word))) misspelt.add(word)
      return [...misspelt]
    },
    suggest(word) {
      const form = normalizeWord(word)
      let suggestions = speller.suggest(form)
      if (language === 'fi') suggestions = preferDoubledLetters(form, suggestions)
      return [...new Set(suggestions)].filter((s) => s !== form).slice(0, MAX_SUGGESTIONS)
    },
    addWord: (word) => user.add(word),
    ignore: (word) => ignored.add(word),
    setUserWords(words) {
      user = new WordList(words)
    }
  }
}

/** Two or more letters, all capitals: an abbreviation such as VM, DVV or API. */
function isAbbreviation(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '')
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}
