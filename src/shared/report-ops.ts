/**
 * Pure operations on reports: creation from a template, the next report from the previous one (carry forward),
 * trends and summaries. No I/O: the caller passes ids, the clock and "today".
 */
import {
  SCHEMA_VERSION,
  STATUSES,
  type Action,
  type KeyFigure,
  type Language,
  type Report,
  type Section,
  type Status,
  type Template,
  type Trend
} from './model'
import { shownClassification } from './classification'
import { emptyDoc } from './richtext'
import { localText } from './templates/local-text'

export interface CreateOptions {
  id: string
  language: Language
  title?: string
  /** ISO timestamp of creation. */
  now: string
  newId: () => string
}

/** The options of `nextFromPrevious`: the language and template come from the previous report. */
export type NextOptions = Omit<CreateOptions, 'language'> & {
  /** Start each section's notes as the previous text instead of empty. */
  carryNotes: boolean
  /** The next meeting's date (`YYYY-MM-DD`), when the writer knows it; '' or absent leaves it open. */
  meetingDate?: string
}

/** The document version a new report series starts from. */
export const FIRST_VERSION = '1.0'

/** A report with no sections and empty details. */
export function createBlankReport(options: CreateOptions): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: options.id,
    revision: 0,
    title: options.title ?? '',
    language: options.language,
    state: 'draft',
    version: FIRST_VERSION,
    author: '',
    organisation: '',
    classification: { level: 'none', legalBasis: '' },
    diaryNumber: '',
    createdAt: options.now,
    updatedAt: options.now,
    meeting: {
      name: '',
      date: '',
      time: '',
      place: '',
      chair: '',
      secretary: '',
      participants: [],
      agenda: []
    },
    sections: []
  }
}

/** A report with the template's sections (title, guidance, default key figures) in the given language. */
export function createFromTemplate(template: Template, options: CreateOptions): Report {
  const { language, newId } = options
  const sections = template.sections.map((definition): Section => ({
    id: newId(),
    templateSectionId: definition.id,
    // Report limits are tighter than template limits (a title of 4 000 characters is no title).
    title: localText(definition.title, language).slice(0, 300),
    guidance: localText(definition.guidance, language),
    status: 'not_assessed',
    trend: 'none',
    owner: '',
    notes: emptyDoc(),
    keyFigures: definition.keyFigures.map((figure): KeyFigure => ({
      id: newId(),
      indicator: localText(figure.indicator, language).slice(0, 500),
      value: '',
      target: figure.target,
      unit: figure.unit,
      year: figure.year,
      source: localText(figure.source, language).slice(0, 500)
    })),
    decisions: [],
    actions: []
  }))
  return {
    ...createBlankReport({
      ...options,
      title: options.title ?? localText(template.name, language).slice(0, 300)
    }),
    sections,
    template: { id: template.id, version: template.version }
  }
}

/**
 * The version of the next report in a series: the leading number goes up and the rest resets to zero
 * ("1.0" → "2.0", "3" → "4"). A version that is not numbers (e.g. "luonnos") restarts at FIRST_VERSION.
 */
export function nextVersion(version: string): string {
  const parts = version.trim().split('.')
  if (!parts.every((part) => /^\d{1,6}$/.test(part))) return FIRST_VERSION
  return [String(Number(parts[0]) + 1), ...parts.slice(1).map(() => '0')].join('.')
}

function carrySection(section: Section, previousReportId: string, carryNotes: boolean): Section {
  const openActions = section.actions.filter((action) => action.state !== 'done')
  return {
    ...structuredClone(section),
    previousStatus: section.status,
    // The status starts as it was, marked as carried and not reviewed; there is no trend until someone reviews it
    // (an automatic "unchanged" would claim an assessment nobody made).
    statusCarried: true,
    trend: 'none',
    notes: carryNotes ? structuredClone(section.notes) : emptyDoc(),
    keyFigures: section.keyFigures.map((figure) => ({ ...figure, previousValue: figure.value, value: '' })),
    decisions: [],
    actions: openActions.map((action): Action => ({
      ...action,
      carriedFromReportId: action.carriedFromReportId ?? previousReportId
    }))
  }
}

/**
 * The next meeting's report: same structure and meeting series details (not the date), each section's status kept
 * as previousStatus, key figures' values kept as previousValue, actions not done carried forward, decisions empty.
 */
export function nextFromPrevious(previous: Report, options: NextOptions): Report {
  const { meeting } = previous
  return {
    ...createBlankReport({ ...options, language: previous.language, title: options.title ?? previous.title }),
    version: nextVersion(previous.version),
    author: previous.author,
    organisation: previous.organisation,
    // A basis left from an earlier class stays behind: only the class shown travels with its basis.
    classification: shownClassification(previous.classification),
    diaryNumber: previous.diaryNumber,
    meeting: {
      name: meeting.name,
      date: options.meetingDate ?? '',
      time: '',
      place: meeting.place,
      chair: meeting.chair,
      secretary: meeting.secretary,
      participants: meeting.participants.map((participant) => ({ ...participant })),
      agenda: []
    },
    sections: previous.sections.map((section) => carrySection(section, previous.id, options.carryNotes)),
    ...(previous.template ? { template: { ...previous.template } } : {}),
    previousReportId: previous.id
  }
}

const RANK: Record<Exclude<Status, 'not_assessed'>, number> = { critical: 0, needs_attention: 1, on_track: 2 }

/** Trend from a status change: better, same, worse; 'none' when either side is missing or not assessed. */
export function trendFromStatusChange(previous: Status | undefined, current: Status): Trend {
  if (previous === undefined || previous === 'not_assessed' || current === 'not_assessed') return 'none'
  const change = RANK[current] - RANK[previous]
  if (change > 0) return 'improving'
  if (change < 0) return 'worsening'
  return 'unchanged'
}

/** The section without the "carried, not reviewed" mark: someone has now assessed it. */
function reviewed(section: Section): Section {
  if (section.statusCarried === undefined) return section
  const { statusCarried: _carried, ...rest } = section
  return rest
}

/**
 * The section with a new status, its trend re-derived from previousStatus (the writer may still override it).
 * Choosing a status is a review: a carried status stops being marked as not reviewed.
 */
export function withStatus(section: Section, status: Status): Section {
  return { ...reviewed(section), status, trend: trendFromStatusChange(section.previousStatus, status) }
}

/** The section with the trend the writer chose; choosing one is a review of the status too. */
export function withTrend(section: Section, trend: Trend): Section {
  return { ...reviewed(section), trend }
}

/** The carried status confirmed as it is: reviewed, and the trend derived from the previous status ("unchanged"). */
export function confirmCarriedStatus(section: Section): Section {
  return withStatus(section, section.status)
}

/** True while the section's status is the carried one and nobody has reviewed it in this report. */
export function awaitsReview(section: Pick<Section, 'statusCarried'>): boolean {
  return section.statusCarried === true
}

export interface StatusSummary {
  /** Number of sections in each status. */
  byStatus: Record<Status, number>
  /** Actions not done. */
  openActions: number
  /** Actions not done whose due date is before today. */
  overdueActions: number
}

/** Counts per status and open/overdue actions; `today` is an ISO date (`YYYY-MM-DD`) supplied by the caller. */
export function statusSummary(report: Report, today: string): StatusSummary {
  const byStatus = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>
  let openActions = 0
  let overdueActions = 0
  for (const section of report.sections) {
    byStatus[section.status] += 1
    for (const action of section.actions) {
      if (action.state === 'done') continue
      openActions += 1
      // ISO dates compare correctly as strings.
      if (action.due !== '' && action.due < today) overdueActions += 1
    }
  }
  return { byStatus, openActions, overdueActions }
}
