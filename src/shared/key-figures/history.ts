/**
 * What a key-figure chart needs of each report in a meeting series, and no more: the report's id, title, meeting
 * date and language, and its key figures with the section they sit in (for matching when ids differ). Main walks the
 * predecessor chain and sends these; the renderer adds the open report's own, live.
 */
import type { Language, Report } from '../model'

/** How many reports main follows back along `previousReportId`: decades of meetings, bounded against odd data. */
export const KEY_FIGURE_CHAIN_LIMIT = 100

export interface FigureSnapshot {
  id: string
  sectionId: string
  /** The template section the figure's section came from: the strongest link between the reports of a series. */
  templateSectionId?: string
  sectionTitle: string
  indicator: string
  value: string
  target: string
  unit: string
  year: string
}

export interface ReportSnapshot {
  id: string
  title: string
  /** `YYYY-MM-DD` or '' when the meeting date is not set. */
  meetingDate: string
  language: Language
  figures: FigureSnapshot[]
}

/**
 * Why the chain ends where it does. `start`: at the first report of the series. Otherwise it was cut short:
 * a predecessor not in the library (`missing`), one that cannot be read (`unreadable`), a report met twice
 * (`cycle`), or KEY_FIGURE_CHAIN_LIMIT reached (`limit`).
 */
export type ChainEnd = 'start' | 'missing' | 'unreadable' | 'cycle' | 'limit'

export interface KeyFigureHistory {
  /** Oldest first; the last is the report asked for. */
  reports: ReportSnapshot[]
  end: ChainEnd
}

/** The chart's view of one report. */
export function snapshotOf(report: Report): ReportSnapshot {
  return {
    id: report.id,
    title: report.title,
    meetingDate: report.meeting.date,
    language: report.language,
    figures: report.sections.flatMap((section) =>
      section.keyFigures.map((figure) => ({
        id: figure.id,
        sectionId: section.id,
        ...(section.templateSectionId === undefined ? {} : { templateSectionId: section.templateSectionId }),
        sectionTitle: section.title,
        indicator: figure.indicator,
        value: figure.value,
        target: figure.target,
        unit: figure.unit,
        year: figure.year
      }))
    )
  }
}
