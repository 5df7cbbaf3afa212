/**
 * The shapes of a typed date, read into year, month and day. Whether that day exists and lies in range is decided
 * by parseDateInput in dates.ts; this file only knows how Finns, Finland-Swedes and British writers type dates.
 */
import type { DateLanguage } from './dates'

export interface TypedDate {
  year: number
  month: number
  day: number
}

type MonthNames = (language: DateLanguage) => string[][]

const LANGUAGES: DateLanguage[] = ['fi', 'sv', 'en']

/** `27` → 2027: a two-digit year is always this century; other lengths are taken as written (and range-checked). */
function year(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits)
}

function numbers(y: string, m: string, d: string): TypedDate {
  return { year: year(y), month: Number(m), day: Number(d) }
}

/** `14012027` (day first) or `20270114` (ISO without dashes): at most one of the two can be a valid date. */
function digitsOnly(text: string): TypedDate | 'format' {
  if (text.length === 6) return numbers(text.slice(4), text.slice(2, 4), text.slice(0, 2))
  if (text.length !== 8) return 'format'
  const dayFirst = numbers(text.slice(4), text.slice(2, 4), text.slice(0, 2))
  const isoOrder = numbers(text.slice(0, 4), text.slice(4, 6), text.slice(6))
  const plausible = (d: TypedDate) => d.month >= 1 && d.month <= 12 && d.year >= 1900 && d.year <= 2199
  return plausible(isoOrder) && !plausible(dayFirst) ? isoOrder : dayFirst
}

/** The month a word names, preferring the UI language (`mar` is March in English, marraskuu in Finnish). */
function monthOf(word: string, language: DateLanguage, names: MonthNames): number | undefined {
  const matches = (lang: DateLanguage): Set<number> => {
    const found = new Set<number>()
    names(lang).forEach((forms, index) => {
      if (forms.some((form) => form === word || (word.length >= 3 && form.startsWith(word))))
        found.add(index + 1)
    })
    return found
  }
  for (const candidates of [matches(language), new Set(LANGUAGES.flatMap((lang) => [...matches(lang)]))]) {
    if (candidates.size === 1) return [...candidates][0]
  }
  return undefined
}

const SEP = String.raw`\s*[./\-\s]\s*`
const ISO = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})${SEP}(\d{1,2})${SEP}(\d+)$`)
const DAY_MONTH_NAME = /^(\d{1,2})\.?\s*([\p{L}]+)\.?,?\s*(\d+)$/u
const MONTH_NAME_DAY = /^([\p{L}]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d+)$/u
// "to 14.1.2027", "torstai 14.1.2027", "Thursday, 14 January 2027": the weekday is dropped, the date decides.
const WEEKDAY = /^[\p{L}]+\.?,?\s+(?=\d)/u

/** Reads a typed date; 'empty' for blank text, 'format' when it is no date shape this app knows. */
export function parseTypedDate(
  text: string,
  language: DateLanguage,
  names: MonthNames
): TypedDate | 'empty' | 'format' {
  const cleaned = text.trim().toLocaleLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '')
  if (cleaned === '') return 'empty'
  const read = shape(cleaned, language, names)
  return read === 'format' && WEEKDAY.test(cleaned)
    ? shape(cleaned.replace(WEEKDAY, ''), language, names)
    : read
}

function shape(cleaned: string, language: DateLanguage, names: MonthNames): TypedDate | 'format' {
  if (/^\d+$/.test(cleaned)) return digitsOnly(cleaned)
  let match = ISO.exec(cleaned)
  if (match) return numbers(match[1] as string, match[2] as string, match[3] as string)
  match = DAY_FIRST.exec(cleaned)
  if (match) return numbers(match[3] as string, match[2] as string, match[1] as string)
  const dayFirst = DAY_MONTH_NAME.exec(cleaned)
  const monthFirst = MONTH_NAME_DAY.exec(cleaned)
  const named = dayFirst
    ? { day: dayFirst[1], word: dayFirst[2], year: dayFirst[3] }
    : monthFirst
      ? { day: monthFirst[2], word: monthFirst[1], year: monthFirst[3] }
      : undefined
  if (!named) return 'format'
  const month = monthOf(named.word as string, language, names)
  if (month === undefined) return 'format'
  return { year: year(named.year as string), month, day: Number(named.day) }
}
