/**
 * Dates and times as Finnish, Finland-Swedish and British documents write them (domain.md, "Finnish conventions"):
 * `25.10.2021` and `16.54` in fi/sv, `25 October 2021` and `16:54` in en. Numbers come from Intl in the document's
 * locale; the separators are fixed here because ICU versions disagree on them (sv-FI has been both `25.10.2021` and
 * `2021-10-25`), and a document must not change with the Node build it was made on.
 */
import type { Language } from '../../shared/model'

const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }

// Creating an Intl formatter costs far more than using one, and a large report formats thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(language: Language, kind: 'long' | 'numeric' | 'time'): Intl.DateTimeFormat {
  const key = `${language}:${kind}`
  let found = formatters.get(key)
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'time'
        ? {
            hour: language === 'en' ? '2-digit' : 'numeric',
            minute: '2-digit',
            hourCycle: 'h23',
            timeZone: 'UTC'
          }
        : { day: 'numeric', month: kind === 'long' ? 'long' : 'numeric', year: 'numeric', timeZone: 'UTC' }
    found = new Intl.DateTimeFormat(LOCALES[language], options)
    formatters.set(key, found)
  }
  return found
}

function parseIsoDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  // Date.UTC rolls 2021-13-45 over into 2022; such a date is invalid, not a different day.
  const exact =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return exact ? date : null
}

/** `YYYY-MM-DD` → the document's short date; '' for an empty or invalid date. */
export function formatDate(iso: string, language: Language): string {
  const date = parseIsoDate(iso)
  if (!date) return ''
  if (language === 'en') {
    return formatter('en', 'long').format(date)
  }
  const parts = formatter(language, 'numeric').formatToParts(date)
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('day')}.${part('month')}.${part('year')}`
}

/** `HH:MM` → `16.54` (fi, sv) or `16:54` (en); '' for an empty or invalid time. */
export function formatTime(time: string, language: Language): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time)
  if (!match) return ''
  const date = new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])))
  const parts = formatter(language, 'time').formatToParts(date)
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('hour')}${language === 'en' ? ':' : '.'}${part('minute')}`
}

/** The ISO date part of a timestamp or date string, for file names; '' when there is none. */
export function isoDatePart(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value)
  return match && parseIsoDate(match[1] as string) ? (match[1] as string) : ''
}
