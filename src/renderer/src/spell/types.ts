/**
 * The spelling engines' shared shapes. One interface for all three languages: Finnish is Voikko, Swedish and
 * English are Hunspell, both compiled to WebAssembly and run in a Web Worker (spell.worker.ts), never on the
 * typing path.
 */
import type { Language } from '../../../shared/model'

/** The languages checked: the report languages. */
export type SpellLanguage = Language

/** A raw engine over one dictionary: Voikko or Hunspell, nothing of ours on top. */
export interface WordSpeller {
  spell(word: string): boolean
  suggest(word: string): string[]
}

/** The engine the worker hosts: the raw engine plus the project's and the user's word lists. */
export interface SpellEngine {
  readonly language: SpellLanguage
  /** The words of `words` that are misspelt, in order, each once. */
  check(words: readonly string[]): string[]
  /** Corrections for a misspelt word, best first. */
  suggest(word: string): string[]
  /** Adds a word to the user's dictionary (its storage is the caller's). */
  addWord(word: string): void
  /** Accepts a word until the engine is discarded ("ignore all"). */
  ignore(word: string): void
  /** Replaces the user's dictionary, e.g. when it is loaded from the data folder. */
  setUserWords(words: readonly string[]): void
}

/** A misspelt word in a paragraph: [start, end) in the paragraph's text (UTF-16 offsets). */
export interface Misspelling {
  start: number
  end: number
  word: string
}
