/** Dates and times for the screen, always through Intl in the given language (fi: 25.10.2021, 14.32). */
import { formatDate as formatDateShared, formatTimeOfDay } from '../../shared/format'

const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }

/** Short date of an ISO calendar date (`2021-10-25` → `25.10.2021` in fi); '' for ''. */
export function formatDate(isoDate: string, language: string): string {
  return formatDateShared(isoDate, language)
}

/** Time of day of an ISO timestamp in local time (fi: 14.32). */
export function formatTime(isoTimestamp: string, language: string): string {
  return formatTimeOfDay(isoTimestamp, language)
}

/** Date and time of an ISO timestamp (fi: 25.10.2021 14.32). */
export function formatDateTime(isoTimestamp: string, language: string): string {
  const date = new Date(isoTimestamp)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(LOCALES[language] ?? 'fi-FI', {
    dateStyle: 'short',
    timeStyle: 'short'
  }).format(date)
}
