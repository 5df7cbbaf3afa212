/**
 * Pure operations on reports: creation from a template, the next report from the previous one (carry forward),
 * trends and summaries. No I/O. (Filled in by the templates work; signatures fixed here.)
 */
import type { Language, Report, Status, Template, Trend } from './model'

export interface CreateOptions {
  id: string
  language: Language
  title?: string
  /** ISO timestamp of creation. */
  now: string
  newId: () => string
}

/** A report with no sections and empty details. */
export declare function createBlankReport(options: CreateOptions): Report
/** A report with the template's sections (title, guidance, default key figures) in the given language. */
export declare function createFromTemplate(template: Template, options: CreateOptions): Report
/** The next meeting's report: structure, statuses as previousStatus, open actions carried forward. */
export declare function nextFromPrevious(
  previous: Report,
  options: Omit<CreateOptions, 'language'> & { carryNotes: boolean }
): Report
/** Trend from a status change: better, same, worse; 'none' when either side is not assessed. */
export declare function trendFromStatusChange(previous: Status | undefined, current: Status): Trend
