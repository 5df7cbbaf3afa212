/**
 * Splits a paragraph into the words a spelling engine should see. Finnish-aware: a hyphenated compound
 * ("Kela-kortti") and an inflected abbreviation ("EU:n") stay one word, a hanging hyphen ("tieto- ja
 * viestintätekniikka") stays on its word. Not checked at all: numbers and anything with a digit ("5G", "2026",
 * "COVID-19"), URLs, e-mail addresses, domain names and other dotted forms ("suomi.fi", "e.g."), single letters,
 * and words written wholly in capitals (abbreviations such as VM, STM, ICT — as Word does by default).
 */

export interface WordToken {
  /** The word as the engine sees it: NFC, plain apostrophe and hyphen, no soft hyphens. */
  word: string
  /** [start, end) in the paragraph (UTF-16 offsets), for underlining. */
  start: number
  end: number
  /** A full stop follows directly: the word may be an abbreviation ("esim.", "etc."). */
  beforeDot: boolean
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}\u00AD]/u
/** Characters that join two runs of letters into one word: hyphens, apostrophes, the colon of "EU:n", dots. */
const JOINER = /[-\u2010\u2011'\u2019:.]/u
const HYPHEN = /[-\u2010\u2011]/u
const URL_OR_EMAIL =
  /(?:\b(?:https?|ftp|file):\/\/|\bwww\.)[^\s<>"]*[^\s<>".,;:!?)\]'\u2019\u201d]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu

/** The words of one paragraph worth checking, in order. */
export function tokenize(text: string): WordToken[] {
  const skipped = [...text.matchAll(URL_OR_EMAIL)].map((m) => [m.index, m.index + m[0].length] as const)
  const tokens: WordToken[] = []
  let skip = 0
  let i = 0
  while (i < text.length) {
    const next = skipped[skip]
    if (next && i >= next[0]) {
      i = Math.max(i, next[1])
      skip++
      continue
    }
    if (!WORD_CHAR.test(text[i]!)) {
      i++
      continue
    }
    const start = i
    const limit = next ? next[0] : text.length
    while (i < limit) {
      if (WORD_CHAR.test(text[i]!)) i++
      else if (JOINER.test(text[i]!) && i + 1 < limit && WORD_CHAR.test(text[i + 1]!)) i += 2
      else break
    }
    // "tieto- ja": the hyphen of an elided compound part belongs to the word.
    if (i < limit && HYPHEN.test(text[i]!) && (i + 1 === text.length || /[\s,]/u.test(text[i + 1]!))) i++
    const token = toToken(text, start, i)
    if (token) tokens.push(token)
  }
  return tokens
}

function toToken(text: string, start: number, end: number): WordToken | null {
  const raw = text.slice(start, end)
  if (/[\p{N}.]/u.test(raw)) return null
  const letters = raw.replace(/[^\p{L}]/gu, '')
  if (letters.length < 2) return null
  if (letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return null
  const word = raw
    .replace(/\u00AD/gu, '')
    .replace(/[\u2010\u2011]/gu, '-')
    .replace(/\u2019/gu, "'")
    .normalize('NFC')
  return { word, start, end, beforeDot: text[end] === '.' }
}
