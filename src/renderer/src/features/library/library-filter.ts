/**
 * The library list's pure logic: which reports show, in which order. Kept apart from React so it can be memoised
 * once per change of the inputs and tested without a DOM (1 000 reports must stay instant).
 */
import type { ReportState, ReportSummary } from '../../../../shared/model'

export type SortKey = 'meetingDate' | 'title'
export type SortDirection = 'ascending' | 'descending'

export interface LibraryQuery {
  state: ReportState | 'all'
  /** A meeting year such as "2021", or 'all'. */
  year: string
  sortKey: SortKey
  sortDirection: SortDirection
  /** Ids from the full-text search, best first; null when no search is active. */
  matches: readonly string[] | null
}

export const DEFAULT_QUERY: LibraryQuery = {
  state: 'all',
  year: 'all',
  sortKey: 'meetingDate',
  sortDirection: 'descending',
  matches: null
}

const collator = new Intl.Collator('fi', { sensitivity: 'base', numeric: true })

/** Meeting years present in the library, newest first (reports without a date have no year). */
export function meetingYears(reports: readonly ReportSummary[]): string[] {
  const years = new Set<string>()
  for (const report of reports) if (report.meetingDate) years.add(report.meetingDate.slice(0, 4))
  return [...years].sort((a, b) => b.localeCompare(a))
}

function compare(a: ReportSummary, b: ReportSummary, key: SortKey): number {
  if (key === 'title') return collator.compare(a.title, b.title) || a.meetingDate.localeCompare(b.meetingDate)
  // Undated reports sort as the oldest, so the next meeting's report is on top when newest comes first.
  const byDate = a.meetingDate.localeCompare(b.meetingDate)
  return byDate || a.updatedAt.localeCompare(b.updatedAt)
}

/** The reports to show for `query`, in order. Never mutates its input. */
export function selectReports(reports: readonly ReportSummary[], query: LibraryQuery): ReportSummary[] {
  const matching = query.matches ? new Set(query.matches) : null
  const shown = reports.filter(
    (report) =>
      (query.state === 'all' || report.state === query.state) &&
      (query.year === 'all' || report.meetingDate.startsWith(`${query.year}-`)) &&
      (!matching || matching.has(report.id))
  )
  const sign = query.sortDirection === 'ascending' ? 1 : -1
  return shown.sort((a, b) => sign * compare(a, b, query.sortKey))
}

/** Puts `id` first in the recently opened list, without duplicates, at most `max` long. */
export function withRecent(recent: readonly string[], id: string, max = 10): string[] {
  return [id, ...recent.filter((other) => other !== id)].slice(0, max)
}
