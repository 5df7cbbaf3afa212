/**
 * One report file: reading it and telling apart every way it can be bad, and the lowdb adapter that reads and
 * writes it (durably, through our writer). Nothing here opens anything but a regular file of a bounded size.
 */
import type { Adapter } from 'lowdb'
import { migrate, readNewerForDisplay } from '../../shared/migrations'
import { SCHEMA_VERSION, type Report } from '../../shared/model'
import { MAX_REPORT_FILE_BYTES } from '../../shared/shape-guard'
import type { DurableWriter } from './durable'
import { errorCode, type FsPort } from './fs-port'

/** Why a file that is there cannot be read at all (it is left where it is). */
export type UnreadableReason = 'not_a_file' | 'too_large' | 'no_access' | 'io_error'

export type ReportRead =
  | { kind: 'ok'; report: Report; migratedFrom?: number }
  | { kind: 'missing' }
  | { kind: 'newer_version'; report: Report | null; schemaVersion: number }
  | { kind: 'invalid_json' | 'invalid_schema'; detail: string }
  | { kind: 'unreadable'; reason: UnreadableReason }

/** Classifies the text of a report file. Truncated and all-NUL files are invalid JSON. */
export function parseReportText(text: string): ReportRead {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return {
      kind: 'invalid_json',
      detail: error instanceof Error ? error.message.slice(0, 200) : 'parse error'
    }
  }
  const result = migrate(raw)
  if (result.ok) {
    return result.migratedFrom === undefined
      ? { kind: 'ok', report: result.report }
      : { kind: 'ok', report: result.report, migratedFrom: result.migratedFrom }
  }
  if (result.reason === 'newer_version') {
    return { kind: 'newer_version', report: readNewerForDisplay(raw), schemaVersion: result.schemaVersion }
  }
  return { kind: 'invalid_schema', detail: result.detail }
}

/** The read outcome for a file-system failure: missing, or unreadable with the reason. */
export function readFailure(error: unknown): ReportRead {
  const code = errorCode(error)
  if (code === 'ENOENT') return { kind: 'missing' }
  if (code === 'ENOTREG' || code === 'EISDIR') return { kind: 'unreadable', reason: 'not_a_file' }
  if (code === 'EFBIG') return { kind: 'unreadable', reason: 'too_large' }
  if (code === 'EACCES' || code === 'EPERM') return { kind: 'unreadable', reason: 'no_access' }
  return { kind: 'unreadable', reason: 'io_error' }
}

/** Reads and classifies a report file; never throws for what is on disk. */
export async function readReportFile(fs: FsPort, path: string): Promise<ReportRead> {
  let text: string
  try {
    text = (await fs.readRegular(path, MAX_REPORT_FILE_BYTES)).toString('utf8')
  } catch (error) {
    if (!errorCode(error)) throw error
    return readFailure(error)
  }
  return parseReportText(text)
}

/** True when the read says the file is damaged (to be moved aside), not merely absent or newer. */
export function isDamaged(
  read: ReportRead
): read is { kind: 'invalid_json' | 'invalid_schema'; detail: string } {
  return read.kind === 'invalid_json' || read.kind === 'invalid_schema'
}

/** A report file's text. The head is fixed (schemaVersion, id, revision first) so the revision reads cheaply. */
export function serializeReport(report: Report): string {
  const { schemaVersion, id, revision, ...rest } = report
  return JSON.stringify({ schemaVersion, id, revision, ...rest })
}

const HEAD = /^\{"schemaVersion":(\d+),"id":"[A-Za-z0-9_-]{1,64}","revision":(\d+)[,}]/
const HEAD_BYTES = 160

/** What a read that did not give a report means; thrown by the adapter so lowdb's read() can carry it. */
export class ReportReadError extends Error {
  constructor(readonly read: Exclude<ReportRead, { kind: 'ok' } | { kind: 'missing' }>) {
    super(read.kind)
  }
}

/** The revision in the file on disk: `missing`, `newer` (a newer app wrote it) or its number. */
export type DiskRevision =
  { kind: 'missing' } | { kind: 'newer' } | { kind: 'at'; revision: number } | ReportRead

/**
 * lowdb adapter for one report file: reads are bounded and classified, writes go through the durable writer
 * (temp file, fsync, rename, fsync folder). `read()` resolves to the report or null (no file), and throws a
 * ReportReadError for a file that is newer, damaged or unreadable.
 */
export class ReportFileAdapter implements Adapter<Report | null> {
  constructor(
    readonly path: string,
    private readonly writer: DurableWriter,
    private readonly fs: FsPort
  ) {}

  async read(): Promise<Report | null> {
    const read = await readReportFile(this.fs, this.path)
    if (read.kind === 'ok') return read.report
    if (read.kind === 'missing') return null
    throw new ReportReadError(read)
  }

  async write(report: Report | null): Promise<void> {
    if (report) await this.writer.write(this.path, serializeReport(report))
  }

  /**
   * The revision of the file on disk now (compare-and-swap happens against this, never against memory): read
   * from the first bytes when the file has our compact head, otherwise from the whole file.
   */
  async diskRevision(): Promise<DiskRevision> {
    let head: string
    try {
      head = (await this.fs.readRegular(this.path, HEAD_BYTES, true)).toString('utf8')
    } catch (error) {
      if (!errorCode(error)) throw error
      return readFailure(error)
    }
    const match = HEAD.exec(head)
    if (match) {
      return Number(match[1]) > SCHEMA_VERSION
        ? { kind: 'newer' }
        : { kind: 'at', revision: Number(match[2]) }
    }
    const read = await readReportFile(this.fs, this.path)
    if (read.kind === 'ok') return { kind: 'at', revision: read.report.revision }
    if (read.kind === 'newer_version') return { kind: 'newer' }
    return read
  }
}
