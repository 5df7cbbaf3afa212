/**
 * The one date module: every date and time shown, exported or typed goes through here (docs/decisions/0003-dates.md).
 * Stored values are ISO (`2021-10-25`, `16:54`, timestamps). People see them in their language's convention —
 * fi/sv `25.10.2021` and `16.54`, en `25 October 2021` and `16:54` (domain.md) — with the numbers from Intl and the
 * separators fixed here, because ICU builds disagree (sv-FI has been both `25.10.2021` and `2021-10-25`) and a
 * screen or a document must not change with the Chromium or Node it runs on.
 * Typed dates are read by one strict parser: a day that does not exist is refused, never rolled over.
 */
import { parseTypedDate } from './date-input'

export type DateLanguage = 'fi' | 'sv' | 'en'

const LOCALES: Record<DateLanguage, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }

/** fi, sv or en; anything else (an i18next "cimode", a missing language) is treated as Finnish. */
function dateLanguage(language: string): DateLanguage {
  return language === 'sv' || language === 'en' ? language : 'fi'
}

// Creating an Intl formatter costs far more than using one, and a large report formats thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(language: DateLanguage, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`
  let found = formatters.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALES[language], options)
    formatters.set(key, found)
  }
  return found
}

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? ''
}

/** Days in a month of the Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The calendar day of a strict `YYYY-MM-DD` (as UTC midnight), or null: `2021-13-45` is no date, not 2022. */
function calendarDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  const date = new Date(Date.UTC(2000, month - 1, day))
  date.setUTCFullYear(year) // Date.UTC maps years 0–99 to 1900–1999; a stored 0027 must stay 0027.
  return date
}

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  return calendarDate(value) !== null
}

/** `YYYY-MM-DD` → fi/sv `25.10.2021`, en `25 October 2021`; '' for an empty or invalid date. */
export function formatDate(iso: string, language: string): string {
  const date = calendarDate(iso)
  if (!date) return ''
  const lang = dateLanguage(language)
  if (lang === 'en') return formatLongDate(iso, lang)
  const parts = formatter(lang, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC'
  }).formatToParts(date)
  return `${part(parts, 'day')}.${part(parts, 'month')}.${fullYear(date, part(parts, 'year'))}`
}

// A year before 1000 (a date mistyped in an older version) is shown with four digits, so 0027 is not read as 2027.
function fullYear(date: Date, shown: string): string {
  return date.getUTCFullYear() < 1000 ? String(date.getUTCFullYear()).padStart(4, '0') : shown
}

/** `YYYY-MM-DD` → fi `25. lokakuuta 2021`, sv `25 oktober 2021`, en `25 October 2021`; '' when invalid. */
export function formatLongDate(iso: string, language: string): string {
  const date = calendarDate(iso)
  if (!date) return ''
  const parts = formatter(dateLanguage(language), { dateStyle: 'long', timeZone: 'UTC' }).formatToParts(date)
  return parts.map((p) => (p.type === 'year' ? fullYear(date, p.value) : p.value)).join('')
}

function clock(date: Date, language: DateLanguage, timeZone: string | undefined): string {
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
  if (timeZone) options.timeZone = timeZone
  const parts = formatter(language, options).formatToParts(date)
  const hour = part(parts, 'hour')
  // Finnish and Swedish write 9.05 and 16.54; British English 09:05 and 16:54.
  const shownHour = language === 'en' ? hour : String(Number(hour))
  return `${shownHour}${language === 'en' ? ':' : '.'}${part(parts, 'minute')}`
}

/** A time of day `HH:MM` → fi/sv `16.54`, en `16:54`; '' for an empty or invalid time. */
export function formatTime(time: string, language: string): string {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time)
  if (!match) return ''
  return clock(
    new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2]))),
    dateLanguage(language),
    'UTC'
  )
}

function timestamp(value: string): Date | null {
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** The local time of day of an ISO timestamp (fi `14.32`); '' when it is no timestamp. */
export function formatTimeOfDay(isoTimestamp: string, language: string): string {
  const date = timestamp(isoTimestamp)
  return date ? clock(date, dateLanguage(language), undefined) : ''
}

/** The local date and time of an ISO timestamp (fi `25.10.2021 14.32`, en `25 October 2021 14:32`). */
export function formatDateTime(isoTimestamp: string, language: string): string {
  const date = timestamp(isoTimestamp)
  if (!date) return ''
  const lang = dateLanguage(language)
  const local = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  return `${formatDate(local, lang)} ${clock(date, lang, undefined)}`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** The ISO date at the start of a timestamp or date string, for file names; '' when there is none. */
export function isoDatePart(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value)
  return match && isIsoDate(match[1] as string) ? (match[1] as string) : ''
}

/** The range of years a typed date may have: anything else is a typing slip (`280220277`, `14.1.27` read as 0027). */
const FIRST_YEAR = 2000
const LAST_YEAR = 2100

export type DateProblem = 'format' | 'no_such_day' | 'out_of_range'
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: DateProblem }

/**
 * A date as people type it → `YYYY-MM-DD` ('' for an empty field). Accepts `14.1.2027`, `14.1.27`, `14. 1. 2027`,
 * `14012027`, `140127`, `2027-01-14`, `20270114`, `14/1/2027`, `14 January 2027`, `14. tammikuuta 2027`,
 * `14 jan 2027`, `January 14, 2027`, with or without a weekday in front. Day before month: all three languages
 * write it so. Refuses a day that does not exist (`31.2.2027`, `2021-13-45`) and years outside 2000–2100.
 */
export function parseDateInput(text: string, language: string = 'fi'): Parsed<string> {
  const parsed = parseTypedDate(text, dateLanguage(language), monthNames)
  if (parsed === 'empty') return { ok: true, value: '' }
  if (parsed === 'format') return { ok: false, problem: 'format' }
  const { year, month, day } = parsed
  if (year < FIRST_YEAR || year > LAST_YEAR) return { ok: false, problem: 'out_of_range' }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, problem: 'no_such_day' }
  }
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` }
}

/** True when a stored date lies in the years a date field accepts. */
export function inDateRange(iso: string): boolean {
  const date = calendarDate(iso)
  return date !== null && date.getUTCFullYear() >= FIRST_YEAR && date.getUTCFullYear() <= LAST_YEAR
}

/** A time as people type it (`16.54`, `16:54`, `1654`, `9.05`, `9`) → `HH:MM` ('' for an empty field). */
export function parseTimeInput(text: string): Parsed<string> {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, value: '' }
  const match = /^(\d{1,2})(?:\s*[.:]\s*(\d{2}))?$/.exec(trimmed) ?? /^(\d{1,2})(\d{2})$/.exec(trimmed)
  if (!match) return { ok: false, problem: 'format' }
  const hour = Number(match[1])
  const minute = Number(match[2] ?? '0')
  if (hour > 23 || minute > 59) return { ok: false, problem: 'no_such_day' }
  return { ok: true, value: `${pad(hour)}:${pad(minute)}` }
}

/** Month names in one language, lower case, every form Intl writes (fi `tammikuu`, `tammikuuta`, `tammi`). */
function monthNames(language: DateLanguage): string[][] {
  const cached = nameCache.get(language)
  if (cached) return cached
  const names = Array.from({ length: 12 }, (_, index) => {
    const date = new Date(Date.UTC(2021, index, 1))
    const forms = [
      formatter(language, { month: 'long', timeZone: 'UTC' }).format(date),
      formatter(language, { month: 'short', timeZone: 'UTC' }).format(date),
      part(
        formatter(language, { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatToParts(date),
        'month'
      )
    ]
    return [...new Set(forms.map((form) => form.toLocaleLowerCase(LOCALES[language]).replace(/\.$/, '')))]
  })
  nameCache.set(language, names)
  return names
}
const nameCache = new Map<DateLanguage, string[][]>()

// Date-like runs in running text: 14.1.2027, 14/01/27, 2027-01-14, 14012027, 14. tammikuuta 2027, 14 January 2027,
// January 14, 2027, 14th January 2027.
const DATE_IN_TEXT =
  /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\.?\s\p{L}+\.?\s\d{4}|\p{L}+\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}|\b\d{6,8}\b/gu
// A span of days in one month, "14.–15.1.2027" or "14–15 January 2027": the first day, then the rest of the date.
const DAY_SPAN = /\b(\d{1,2})\.?\s?[–-]\s?(\d{1,2})(\.\d{1,2}\.\d{2,4}|\s\p{L}+\s\d{4})/gu
// A day and month without a year, "Kokous 14.1.": the year is the meeting's.
const DAY_AND_MONTH = /(?:^|[^\d.])(\d{1,2})\.(\d{1,2})\.(?!\d)/gu

/**
 * True when `text` already names the day `iso` in any way a date field reads (a title "Kokous 14.1.2027"), within a
 * span of days ("14.–15.1.2027"), or by day and month alone ("Kokous 14.1.") — so a title bar never says it twice.
 */
export function mentionsDate(text: string, iso: string, language: string): boolean {
  if (!isIsoDate(iso)) return false
  const names = (candidate: string) => {
    const parsed = parseDateInput(candidate.replace(/(\d)(?:st|nd|rd|th)\b/g, '$1'), language)
    return parsed.ok && parsed.value === iso
  }
  for (const match of text.matchAll(DATE_IN_TEXT)) if (names(match[0])) return true
  for (const [, first, last, rest] of text.matchAll(DAY_SPAN)) {
    for (let day = Number(first); day <= Number(last); day++) if (names(`${day}${rest}`)) return true
  }
  const [year, month, day] = iso.split('-').map(Number)
  for (const [, d, m] of text.matchAll(DAY_AND_MONTH)) {
    if (Number(d) === day && Number(m) === month && year) return true
  }
  return false
}
