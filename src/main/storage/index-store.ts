/**
 * library.json: the list of reports (what the library view shows, so listing never opens report files) and the
 * settings. Rewritten only when listing data or settings change, never on an ordinary save.
 */
import { Low } from 'lowdb'
import { idSchema } from '../../shared/ids'
import {
  LIBRARY_SCHEMA_VERSION,
  reportSummarySchema,
  settingsSchema,
  type LibraryIndex,
  type Report,
  type ReportSummary,
  type Settings
} from '../../shared/model'
import { checkShape } from '../../shared/shape-guard'
import type { DurableWriter } from './durable'
import { errorCode, type FsPort } from './fs-port'
import { DurableJsonAdapter } from './json-adapter'

class DamagedIndexError extends Error {}

/** What the library list shows of a report. */
export function summarize(report: Report): ReportSummary {
  const summary: ReportSummary = {
    id: report.id,
    title: report.title,
    meetingName: report.meeting.name,
    meetingDate: report.meeting.date,
    state: report.state,
    language: report.language,
    updatedAt: report.updatedAt,
    sectionCount: report.sections.length
  }
  if (report.previousReportId) summary.previousReportId = report.previousReportId
  return summary
}

/** True when two summaries differ in what the list shows (updatedAt alone does not force an index write). */
export function listingChanged(before: ReportSummary | undefined, after: ReportSummary): boolean {
  if (!before) return true
  const keys: (keyof ReportSummary)[] = [
    'title',
    'meetingName',
    'meetingDate',
    'state',
    'language',
    'sectionCount'
  ]
  return keys.some((key) => before[key] !== after[key]) || before.previousReportId !== after.previousReportId
}

type Raw = Record<string, unknown>
const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Settings field by field: a bad value falls back to its default, the others are kept. */
export function parseSettingsLeniently(raw: unknown): Settings {
  const whole = settingsSchema.safeParse(raw)
  if (whole.success) return whole.data
  const source = isObject(raw) ? raw : {}
  const kept: Raw = {}
  for (const [key, schema] of Object.entries(settingsSchema.shape)) {
    const field = (schema as { safeParse(value: unknown): { success: boolean; data?: unknown } }).safeParse(
      source[key]
    )
    if (field.success) kept[key] = field.data
  }
  if (Array.isArray(source.recentReportIds)) {
    kept.recentReportIds = source.recentReportIds.filter((id) => idSchema.safeParse(id).success).slice(0, 10)
  }
  return settingsSchema.parse(kept)
}

/**
 * Parses library.json row by row: a bad row is dropped (its report file is listed again from reports/), a bad
 * setting falls back to its default; only a file that is not an index at all counts as damaged.
 */
export function parseIndex(text: string): LibraryIndex & { dropped?: number } {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new DamagedIndexError('invalid JSON')
  }
  if (!checkShape(raw).ok || !isObject(raw)) throw new DamagedIndexError('not an index')
  if (raw.schemaVersion !== LIBRARY_SCHEMA_VERSION || !Array.isArray(raw.reports)) {
    throw new DamagedIndexError('invalid schema')
  }
  const reports: ReportSummary[] = []
  const seen = new Set<string>()
  for (const row of raw.reports) {
    const parsed = reportSummarySchema.safeParse(row)
    if (parsed.success && !seen.has(parsed.data.id)) {
      seen.add(parsed.data.id)
      reports.push(parsed.data)
    }
  }
  return {
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    reports,
    settings: parseSettingsLeniently(raw.settings ?? {}),
    dropped: raw.reports.length - reports.length
  }
}

/** File-system failures that make library.json unusable but not the library: rebuilt from reports/. */
const UNREADABLE = new Set(['ENOTREG', 'EISDIR', 'EFBIG', 'EACCES', 'EPERM', 'EIO'])

export class IndexStore {
  readonly summaries = new Map<string, ReportSummary>()
  settings: Settings = settingsSchema.parse({})
  /** True when only updatedAt values changed since the last write (written on close). */
  dirty = false
  private readonly db: Low<LibraryIndex | null>

  constructor(path: string, writer: DurableWriter, fs: FsPort) {
    this.db = new Low<LibraryIndex | null>(
      new DurableJsonAdapter<LibraryIndex & { dropped?: number }>(path, writer, fs, parseIndex),
      null
    )
  }

  /** Rows of library.json that were dropped as invalid at load. */
  dropped = 0

  /** Loads library.json: 'ok', 'absent' (first start) or 'damaged' (caller moves it aside and rebuilds). */
  async load(): Promise<'ok' | 'absent' | 'damaged'> {
    try {
      await this.db.read()
      if (this.db.data === null) return 'absent'
    } catch (error) {
      if (error instanceof DamagedIndexError || UNREADABLE.has(errorCode(error) ?? '')) return 'damaged'
      throw error
    }
    const { dropped, ...data } = this.db.data as LibraryIndex & { dropped?: number }
    this.db.data = data
    this.dropped = dropped ?? 0
    this.settings = data.settings
    for (const summary of data.reports) this.summaries.set(summary.id, summary)
    return 'ok'
  }

  /**
   * Writes the whole index durably (O(library): done only when the list or settings change). With `settings`,
   * those are written and become current only once they are on disk: a failed write leaves memory = file.
   */
  async write(settings: Settings = this.settings): Promise<void> {
    this.db.data = {
      schemaVersion: LIBRARY_SCHEMA_VERSION,
      reports: [...this.summaries.values()],
      settings
    }
    await this.db.write()
    this.settings = settings
    this.dirty = false
  }
}
