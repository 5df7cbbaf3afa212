/**
 * What opening a data folder does besides loading: remove temp files a crash left, purge the old trash, and make
 * the index agree with reports/ (rebuilt when damaged, completed with unlisted files, missing files reported).
 */
import { join } from 'node:path'
import type { Report } from '../../shared/model'
import { isTempFileName } from './durable'
import { summarize } from './index-store'
import type { Library } from './library'
import { isDamaged, readReportFile } from './report-file'

const REPORT_FILE = /^([A-Za-z0-9_-]+)\.json$/

/** Removes leftover temp files and trash older than 30 days (with its backups, unless the report came back). */
export async function cleanUp(library: Library): Promise<void> {
  const { layout, fs } = library
  for (const folder of [layout.root, layout.reports, layout.templates]) {
    for (const name of await fs.readdir(folder)) {
      if (isTempFileName(name)) await fs.unlink(join(folder, name)).catch(() => undefined)
    }
  }
  for (const id of await library.trash.purge(library.now())) {
    const read = await readReportFile(fs, library.reportPath(id)).catch(() => undefined)
    if (read?.kind === 'missing') await library.backups.removeAll(id)
  }
}

/** Loads library.json and reconciles it with the files in reports/. */
export async function loadIndex(library: Library): Promise<void> {
  const { index, layout, fs, problems } = library
  const state = await index.load()
  if (state === 'damaged') {
    const movedTo = await library.moveAside(layout.index)
    problems.add({ file: problems.rel(layout.index), movedTo, kind: 'index_rebuilt' })
  }
  const names = await fs.readdir(layout.reports).catch(() => [] as string[])
  const onDisk = new Set(names.flatMap((name) => REPORT_FILE.exec(name)?.[1] ?? []))
  let changed = state === 'damaged'
  for (const id of index.summaries.keys()) {
    if (!onDisk.has(id)) await problems.reportUnavailable(id, library.reportPath(id), 'missing_file')
  }
  for (const id of onDisk) {
    if (index.summaries.has(id)) continue
    // On disk but not listed: a crash between the report and index writes, or a rebuilt index.
    const read = await readReportFile(fs, library.reportPath(id))
    if (read.kind === 'ok' || (read.kind === 'newer_version' && read.report)) {
      index.summaries.set(id, { ...summarize(read.report as Report), id })
      changed = true
    }
    if (read.kind === 'newer_version') {
      problems.add({ file: problems.rel(library.reportPath(id)), kind: 'newer_version', reportId: id })
    }
    if (isDamaged(read)) await library.damaged(id, read.kind)
  }
  if (changed && !library.readOnly) await library.writeIndexQuietly()
}
