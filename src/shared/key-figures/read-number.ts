/**
 * Reads a number as officials write key figures, in Finnish, Swedish or English: "72,5", "72,5 %", "1 234" (with a
 * no-break or narrow no-break space), "−3" (U+2212), "1,2 mrd €", "12 milj.", "1,234.5", "72.5%", "1.2 bn".
 * A value is free text in the report (model.ts), so this never imposes a format: what it cannot read with certainty
 * is `unreadable` — never a zero — and the chart shows a gap with a note instead.
 *
 * Hand-written rather than a locale number parser (e.g. @internationalized/number): those read one locale strictly
 * and know no scale words, while a Finnish report holds "72.5%" pasted from an English source beside "1,2 mrd €".
 */
import type { Language } from '../model'

/** The scale a scale word stands for: "milj." → 1e6. */
export type Scale = 1 | 1e3 | 1e6 | 1e9

export interface NumberRead {
  ok: true
  /** In base units: "1,2 mrd €" → 1 200 000 000. */
  value: number
  /** The scale word written (1 when none), so the number can be shown back as the writer wrote it. */
  scale: Scale
  /** The unit written with the number, normalised: '%' ("prosenttia", "procent"), '€' ("euroa", "EUR"); '' none. */
  unit: string
  /** "n. 70 %", "noin", "ca", "~": the writer said it is an estimate. */
  approximate: boolean
}

export interface NumberUnreadable {
  ok: false
  /** `empty`: nothing written (not yet updated); `unreadable`: text that is not one number. */
  reason: 'empty' | 'unreadable'
}

export type NumberReading = NumberRead | NumberUnreadable

const UNREADABLE: NumberUnreadable = { ok: false, reason: 'unreadable' }

// Spaces a word processor or Intl puts between digit groups: no-break, narrow no-break, figure, thin and others.
const SPACES = /[\u00A0\u202F\u2007\u2009\u200A\u2002-\u2006]/g
// Minus signs: U+2212 (Intl's fi-FI and sv-FI output), en dash and figure dash as typed in Word, full-width hyphen.
const MINUSES = /[\u2212\u2013\u2012\uFE63\uFF0D]/g

const APPROXIMATE = /^(?:n\.|noin|ca\.?|cirka|c:a|approx\.?|about|around|~|≈)\s*/i
const CURRENCY_PREFIX = /^(€|\$|£|eur)\s*/i
const NUMBER = /^[0-9](?:[0-9 ,.]*[0-9])?/

/** Scale words with the scale they mean; the longest spelling first. Single letters are case-sensitive: "M", "k". */
const SCALE_WORDS: Array<[RegExp, Scale]> = [
  [/^(?:miljardia|miljardi|miljarder|miljard|mrd\.?|mdr\.?|billions|billion|bn)/i, 1e9],
  [/^(?:miljoonaa|miljoona|miljoner|miljon|milj\.?|millions|million|mn)/i, 1e6],
  [/^(?:tuhatta|tuh\.?|tusen|thousand)/i, 1e3],
  [/^M/, 1e6],
  [/^[kK]/, 1e3]
]

const UNIT_WORDS: Array<[RegExp, string]> = [
  [/^(?:%|prosenttia|prosentti|procent|percent|per cent|pct\.?)$/i, '%'],
  [/^(?:€|eur|euroa|euro|euros|euron)$/i, '€']
]

/** Letters, currency and percent signs, slashes: a unit, never digits (so "2021: 72" or "70–80" are unreadable). */
const UNIT_TEXT = /^(?=.*[\p{L}%‰€$£])[\p{L}%‰€$£/.²³\- ]{1,24}$/u

function normaliseUnit(text: string): string {
  const trimmed = text.trim()
  for (const [pattern, unit] of UNIT_WORDS) if (pattern.test(trimmed)) return unit
  return trimmed
}

/** A scale word at the start of `rest`, not the start of a longer word ("Mbit/s" is a unit, not million). */
function scaleAt(rest: string): { scale: Scale; rest: string } {
  for (const [pattern, scale] of SCALE_WORDS) {
    const match = pattern.exec(rest)
    if (!match) continue
    const after = rest.slice(match[0].length)
    if (/^\p{L}/u.test(after)) continue
    return { scale, rest: after.trim() }
  }
  return { scale: 1, rest }
}

/** Digit groups after the first are exactly three digits: "1 234" yes, "12 34" no (two numbers, or a typo). */
function groupsValid(groups: string[]): boolean {
  if (groups.length === 1) return /^\d+$/.test(groups[0] ?? '')
  return /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((group) => /^\d{3}$/.test(group))
}

/**
 * The number in a run of digits and separators. With both ',' and '.', the last one is the decimal mark; one
 * separator used twice or more groups thousands; a lone "1,234" is a decimal in Finnish and Swedish and a thousands
 * group in English — the one place the report's language decides.
 */
function numberOf(digits: string, language: Language): number | undefined {
  const commas = digits.split(',').length - 1
  const dots = digits.split('.').length - 1
  let decimal: ',' | '.' | undefined
  if (commas > 0 && dots > 0) decimal = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.'
  else if (commas === 1) decimal = language === 'en' && /^\d{1,3},\d{3}$/.test(digits) ? undefined : ','
  else if (dots === 1) decimal = '.'
  const grouping = decimal === ',' ? '.' : decimal === '.' ? ',' : commas > 0 ? ',' : '.'
  const cut = decimal ? digits.lastIndexOf(decimal) : -1
  const whole = cut >= 0 ? digits.slice(0, cut) : digits
  const fraction = cut >= 0 ? digits.slice(cut + 1) : ''
  if (decimal && (digits.split(decimal).length - 1 > 1 || !/^\d+$/.test(fraction))) return undefined
  // One kind of group separator only: "1 234.567,8" is not a number anyone means.
  if (whole.includes(' ') && whole.includes(grouping)) return undefined
  const groups = whole.split(whole.includes(' ') ? ' ' : grouping)
  if (!groupsValid(groups)) return undefined
  return Number(`${groups.join('')}${fraction ? `.${fraction}` : ''}`)
}

/**
 * Reads `text` as one number with an optional scale word and unit. `language` (the report's) settles only the one
 * ambiguous form, "1,234". Returns `unreadable` for anything else than one number — never a zero.
 */
export function readNumber(text: string, language: Language = 'fi'): NumberReading {
  let rest = text.replace(SPACES, ' ').replace(MINUSES, '-').replace(/\s+/g, ' ').trim()
  if (rest === '') return { ok: false, reason: 'empty' }
  const approximate = APPROXIMATE.test(rest)
  rest = rest.replace(APPROXIMATE, '')
  let negative = false
  const sign = () => {
    const match = /^([+-])\s*/.exec(rest)
    if (match) {
      negative = match[1] === '-'
      rest = rest.slice(match[0].length)
    }
    return Boolean(match)
  }
  const signed = sign()
  const prefix = CURRENCY_PREFIX.exec(rest)
  if (prefix) rest = rest.slice(prefix[0].length)
  if (prefix && !signed) sign()
  const digits = NUMBER.exec(rest)?.[0]
  if (!digits) return UNREADABLE
  const mantissa = numberOf(digits, language)
  if (mantissa === undefined) return UNREADABLE
  const scaled = scaleAt(rest.slice(digits.length).trim())
  // A full stop after the number ends the sentence the writer began ("72."), it is no unit.
  const unitText = scaled.rest === '.' ? '' : scaled.rest
  if (unitText !== '' && !UNIT_TEXT.test(unitText)) return UNREADABLE
  const unit = prefix ? normaliseUnit(prefix[1] ?? '') : normaliseUnit(unitText)
  if (prefix && unitText !== '' && normaliseUnit(unitText) !== unit) return UNREADABLE
  // toPrecision keeps 1,2 × 10⁹ from becoming 1 199 999 999.9999998.
  const value = Number(((negative ? -mantissa : mantissa) * scaled.scale).toPrecision(15))
  if (!Number.isFinite(value)) return UNREADABLE
  return { ok: true, value, scale: scaled.scale, unit, approximate }
}

/** The scale and unit in a key figure's unit field: "milj. €" → 1e6 and '€'; "%" → 1 and '%'. */
export function readUnit(text: string): { scale: Scale; unit: string } {
  const { scale, rest } = scaleAt(text.replace(SPACES, ' ').trim())
  return { scale, unit: normaliseUnit(rest) }
}
