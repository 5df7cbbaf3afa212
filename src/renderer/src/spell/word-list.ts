/**
 * Words the engine accepts although its dictionary lacks them: the project's domain words and the user's own
 * dictionary. Exact forms, as in Word or LibreOffice — except that a word listed in lower case is also accepted
 * with a capital first letter (at the start of a sentence), and the first parts of a listed hyphenated compound
 * become known compound heads: with "Kela-kortti" listed, "Kela-kortilla" is accepted when the engine accepts
 * "kortilla".
 */
export class WordList {
  private readonly words = new Set<string>()
  private readonly heads = new Set<string>()

  constructor(words: Iterable<string> = []) {
    for (const word of words) this.add(word)
  }

  add(word: string): void {
    const form = normalizeWord(word)
    if (!form) return
    this.words.add(form)
    const parts = form.split('-')
    for (const part of parts.slice(0, -1)) if (part) this.heads.add(part)
  }

  /** The word is listed (or is a listed lower-case word with a capital first letter). */
  has(word: string): boolean {
    if (this.words.has(word)) return true
    const lowered = word.charAt(0).toLowerCase() + word.slice(1)
    return lowered !== word && this.words.has(lowered)
  }

  /** The word is listed, or is the first part of a listed hyphenated compound. */
  knowsPart(part: string): boolean {
    return this.has(part) || this.heads.has(part)
  }
}

/** The form words are compared in: NFC, trimmed, plain apostrophe and hyphen. */
export function normalizeWord(word: string): string {
  return word
    .trim()
    .replace(/\u00AD/gu, '')
    .replace(/[\u2010\u2011]/gu, '-')
    .replace(/\u2019/gu, "'")
    .normalize('NFC')
}
