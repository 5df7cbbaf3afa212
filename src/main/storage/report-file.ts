/** Reading one report file and telling apart every way it can be bad. */
import { migrate, readNewerForDisplay } from '../../shared/migrations'
import type { Report } from '../../shared/model'
import { errorCode, type FsPort } from './fs-port'

export type ReportRead =
  | { kind: 'ok'; report: Report; migratedFrom?: number }
  | { kind: 'missing' }
  | { kind: 'newer_version'; report: Report | null; schemaVersion: number }
  | { kind: 'invalid_json' | 'invalid_schema'; detail: string }

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

/** Reads and classifies a report file; other read errors (EACCES, EIO) are thrown. */
export async function readReportFile(fs: FsPort, path: string): Promise<ReportRead> {
  let text: string
  try {
    text = (await fs.readFile(path)).toString('utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'missing' }
    throw error
  }
  return parseReportText(text)
}

/** True when the read says the file is damaged (to be moved aside), not merely absent or newer. */
export function isDamaged(
  read: ReportRead
): read is { kind: 'invalid_json' | 'invalid_schema'; detail: string } {
  return read.kind === 'invalid_json' || read.kind === 'invalid_schema'
}
