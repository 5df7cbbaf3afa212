/**
 * Dates for people, through Intl in the report's or UI's language. Finnish and Swedish text write 25.10.2021 (no
 * leading zeros); English 25 October 2021. Calendar dates (`YYYY-MM-DD`) are formatted in UTC so the day never shifts.
 */
const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }

function locale(language: string): string {
  return LOCALES[language] ?? 'fi-FI'
}

function calendarDate(isoDate: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) return undefined
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
}

/** `2021-10-25` → fi/sv `25.10.2021`, en `25/10/2021` (fi-FI and sv-FI give no leading zeros); '' when not a date. */
export function formatDate(isoDate: string, language: string): string {
  const date = calendarDate(isoDate)
  if (!date) return ''
  return new Intl.DateTimeFormat(locale(language), {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric'
  }).format(date)
}

/** `2021-10-25` → fi `25. lokakuuta 2021`, sv `25 oktober 2021`, en `25 October 2021`. */
export function formatLongDate(isoDate: string, language: string): string {
  const date = calendarDate(isoDate)
  if (!date) return ''
  return new Intl.DateTimeFormat(locale(language), { timeZone: 'UTC', dateStyle: 'long' }).format(date)
}

/** Local time of day of an ISO timestamp: fi `14.32`, sv `14.32`, en `14:32`. */
export function formatTimeOfDay(isoTimestamp: string, language: string): string {
  const date = new Date(isoTimestamp)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(locale(language), { hour: 'numeric', minute: '2-digit' }).format(date)
}
