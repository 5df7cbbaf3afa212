/**
 * Report operations over the Library with the revision rule: a save names the revision it was based on, and a
 * stale one is refused so two windows or a restored backup never silently overwrite newer work.
 */
import { ServiceError, type OpenedReport, type SaveResult } from '../../shared/contract'
import { newId } from '../../shared/ids'
import type { Report, ReportSummary } from '../../shared/model'
import { diskWork } from './errors'
import type { Library } from './library'
import { parseReportText } from './report-file'

/**
 * The revision in the file on disk now, or null when a listed report's file is gone (nothing on disk left to
 * protect). Read from the file every time, never remembered: another writer (another machine on a network share,
 * a restored copy) may have saved since, and its work must not be overwritten.
 */
async function currentRevision(library: Library, id: string): Promise<number | null> {
  const disk = await library.diskRevision(id)
  if (disk.kind === 'at') return disk.revision
  if (disk.kind === 'newer' || disk.kind === 'newer_version') throw new ServiceError('newer_version')
  if (disk.kind === 'missing') {
    if (library.index.summaries.has(id)) return null
    throw new ServiceError('not_found')
  }
  // Damaged or unreadable: read it properly once so it is moved aside or reported like any other.
  const read = await library.readReport(id)
  if (read.kind === 'ok') return read.report.revision
  if (read.kind === 'unreadable' && read.reason === 'no_access') throw new ServiceError('permission_denied')
  if (read.kind === 'unreadable') throw new ServiceError('corrupt_file', read.reason)
  if (library.index.summaries.has(id)) return null
  throw new ServiceError('not_found')
}

/** Opens a report for the editor; read-only when newer than this app or when another process holds the folder. */
export async function openReport(library: Library, id: string): Promise<OpenedReport> {
  const read = await library.readReport(id)
  const locked = library.readOnly
    ? ({ readOnly: true, readOnlyReason: library.readOnlyReason ?? 'locked' } as const)
    : { readOnly: false }
  if (read.kind === 'ok') return { report: read.report, ...locked }
  if (read.kind === 'newer_version') {
    if (!read.report) throw new ServiceError('newer_version')
    return { report: read.report, readOnly: true, readOnlyReason: 'newer_version' }
  }
  if (read.kind === 'missing') throw new ServiceError('not_found')
  if (read.kind === 'unreadable' && read.reason === 'no_access') throw new ServiceError('permission_denied')
  throw new ServiceError('corrupt_file', read.kind)
}

/** Saves `report` on top of `baseRevision` (any revision when undefined); bumps revision and updatedAt. */
export function saveReport(library: Library, report: Report, baseRevision?: number): Promise<SaveResult> {
  library.assertWritable()
  return library.serialize(report.id, async () => {
    const current = await currentRevision(library, report.id)
    if (current !== null && baseRevision !== undefined && current !== baseRevision) {
      throw new ServiceError('stale_revision', `file has revision ${current}`)
    }
    const revision = (current ?? baseRevision ?? 0) + 1
    const stored = await library.writeReport({ ...report, revision, updatedAt: library.now().toISOString() })
    return { revision: stored.revision, updatedAt: stored.updatedAt }
  })
}

/** Changes one report by a function of its current content, as a new revision. */
export function updateReport(
  library: Library,
  id: string,
  change: (report: Report) => Report
): Promise<Report> {
  library.assertWritable()
  return library.serialize(id, async () => {
    const current = await library.loadReport(id)
    const next = change(current)
    return library.writeReport({
      ...next,
      id,
      revision: current.revision + 1,
      updatedAt: library.now().toISOString()
    })
  })
}

/** Moves a report to the trash; a listed report whose file is already gone is simply unlisted. */
export function deleteReport(library: Library, id: string): Promise<void> {
  library.assertWritable()
  return library.serialize(id, async () => {
    if (!library.index.summaries.has(id)) throw new ServiceError('not_found')
    try {
      await diskWork(() => library.trash.moveIn(library.reportPath(id), id, library.now()))
    } catch (error) {
      if (!(error instanceof ServiceError && error.code === 'not_found')) throw error
    }
    library.index.summaries.delete(id)
    library.problems.resolved(id)
    library.onChange(id, null)
    await library.writeIndexQuietly()
  })
}

/** Brings a report back from the trash (under a new id if its id was taken meanwhile). */
export async function restoreFromTrash(library: Library, id: string): Promise<ReportSummary> {
  library.assertWritable()
  const path = await diskWork(() => library.trash.find(id))
  if (!path) throw new ServiceError('not_found')
  const read = parseReportText((await diskWork(() => library.fs.readFile(path))).toString('utf8'))
  if (read.kind !== 'ok') throw new ServiceError('corrupt_file', read.kind)
  const taken = library.index.summaries.has(id) && !library.problems.unavailable.has(id)
  const report: Report = taken ? { ...read.report, id: newId() } : read.report
  await library.serialize(report.id, () => library.writeReport(report))
  await diskWork(() => library.fs.unlink(path))
  return library.summary(report.id) as ReportSummary
}

/** Restores a backup as a new revision on top of whatever is on disk: never overwrites silently. */
export async function restoreBackup(library: Library, id: string, backupId: string): Promise<Report> {
  library.assertWritable()
  const read = await diskWork(() => library.backups.read(id, backupId))
  if (read.kind === 'missing') throw new ServiceError('not_found')
  if (read.kind !== 'ok') throw new ServiceError('corrupt_file', read.kind)
  return library.serialize(id, async () => {
    const current = await currentRevision(library, id).catch((error: unknown) => {
      if (error instanceof ServiceError && error.code === 'not_found') return null
      throw error
    })
    const revision = Math.max(current ?? 0, read.report.revision) + 1
    const now = library.now().toISOString()
    return library.writeReport({ ...read.report, id, revision, updatedAt: now })
  })
}
