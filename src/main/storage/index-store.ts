/**
 * library.json: the list of reports (what the library view shows, so listing never opens report files) and the
 * settings. Rewritten only when listing data or settings change, never on an ordinary save.
 */
import { Low } from 'lowdb'
import {
  libraryIndexSchema,
  LIBRARY_SCHEMA_VERSION,
  settingsSchema,
  type LibraryIndex,
  type Report,
  type ReportSummary,
  type Settings
} from '../../shared/model'
import type { DurableWriter } from './durable'
import type { FsPort } from './fs-port'
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

function parseIndex(text: string): LibraryIndex {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new DamagedIndexError('invalid JSON')
  }
  const parsed = libraryIndexSchema.safeParse(raw)
  if (!parsed.success) throw new DamagedIndexError('invalid schema')
  return parsed.data
}

export class IndexStore {
  readonly summaries = new Map<string, ReportSummary>()
  settings: Settings = settingsSchema.parse({})
  /** True when only updatedAt values changed since the last write (written on close). */
  dirty = false
  private readonly db: Low<LibraryIndex>

  constructor(path: string, writer: DurableWriter, fs: FsPort) {
    const empty: LibraryIndex = {
      schemaVersion: LIBRARY_SCHEMA_VERSION,
      reports: [],
      settings: this.settings
    }
    this.db = new Low(new DurableJsonAdapter(path, writer, fs, parseIndex), empty)
  }

  /** Loads library.json: 'ok', 'absent' (first start) or 'damaged' (caller moves it aside and rebuilds). */
  async load(): Promise<'ok' | 'absent' | 'damaged'> {
    try {
      const data = await this.db.adapter.read()
      if (data === null) return 'absent'
      this.db.data = data
    } catch (error) {
      if (error instanceof DamagedIndexError) return 'damaged'
      throw error
    }
    this.settings = this.db.data.settings
    for (const summary of this.db.data.reports) this.summaries.set(summary.id, summary)
    return 'ok'
  }

  /** Writes the whole index durably (O(library): done only when the list or settings change). */
  async write(): Promise<void> {
    this.db.data = {
      schemaVersion: LIBRARY_SCHEMA_VERSION,
      reports: [...this.summaries.values()],
      settings: this.settings
    }
    await this.db.write()
    this.dirty = false
  }
}
