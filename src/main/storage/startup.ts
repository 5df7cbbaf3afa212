/**
 * What opening a data folder does besides loading: remove temp files a crash left, purge the old trash, and make
 * the index agree with reports/ (rebuilt when damaged, completed with unlisted files, refreshed from files written
 * after it, missing and unreadable files reported). Nothing found in reports/ can stop the start: a folder, a named
 * pipe, an unreadable or oversized file is listed as a problem and left where it is.
 */
import { join } from 'node:path'
import type { Report } from '../../shared/model'
import { MAX_REPORT_FILE_BYTES } from '../../shared/shape-guard'
import { isTempFileName } from './durable'
import { type EntryInfo } from './fs-port'
import { listingChanged, summarize } from './index-store'
import type { Library } from './library'
import { isDamaged, readFailure, readReportFile } from './report-file'

const REPORT_FILE = /^([A-Za-z0-9_-]+)\.json$/

/** Removes leftover temp files and trash older than 30 days (with its backups, unless the report came back). */
export async function cleanUp(library: Library): Promise<void> {
  const { layout, fs } = library
  for (const folder of [layout.root, layout.reports, layout.templates]) {
    const names = await fs.readdir(folder).catch(() => [] as string[])
    for (const name of names) {
      if (isTempFileName(name)) await fs.unlink(join(folder, name)).catch(() => undefined)
    }
  }
  const purged = await library.trash.purge(library.now()).catch((error: unknown) => {
    library.log('trash purge failed', error)
    return [] as string[]
  })
  for (const id of purged) {
    const read = await readReportFile(fs, library.reportPath(id)).catch(() => undefined)
    if (read?.kind === 'missing') await library.backups.removeAll(id).catch(() => undefined)
  }
}

/** lstat calls in flight at once: a thousand reports cost a few round trips to the thread pool, not a thousand. */
const LSTAT_PARALLEL = 64

type Entry = EntryInfo | Error | { isFile: boolean; size?: undefined; mtimeMs?: undefined }

/**
 * The entries of reports/ that look like report files and what each is (links are not followed). The type comes
 * with the folder listing; size and time (an lstat each) only for the files that will be compared or read.
 */
async function reportEntries(library: Library, listed: (id: string) => boolean): Promise<Map<string, Entry>> {
  const names = await library.fs.readdirEntries(library.layout.reports).catch(() => [])
  const entries = new Map<string, Entry>()
  const toStat: { id: string; path: string }[] = []
  for (const { name, isFile } of names) {
    const id = REPORT_FILE.exec(name)?.[1]
    if (!id) continue
    entries.set(id, { isFile })
    if (isFile && (library.reconcileAll || !listed(id)))
      toStat.push({ id, path: join(library.layout.reports, name) })
  }
  for (let start = 0; start < toStat.length; start += LSTAT_PARALLEL) {
    const batch = toStat.slice(start, start + LSTAT_PARALLEL)
    const infos = await Promise.all(
      batch.map(({ path }) => library.fs.lstat(path).catch((error: Error) => error))
    )
    batch.forEach(({ id }, i) => entries.set(id, infos[i] as EntryInfo | Error))
  }
  return entries
}

/** Loads library.json and reconciles it with the files in reports/. */
export async function loadIndex(library: Library): Promise<void> {
  const { index, layout, fs, problems } = library
  const state = await index.load()
  if (state === 'damaged') {
    library.log('library.json damaged or unreadable: rebuilt from reports/')
    const movedTo = await library.moveAside(layout.index)
    problems.add({ file: problems.rel(layout.index), movedTo, kind: 'index_rebuilt' })
  }
  if (index.dropped > 0) library.log(`library.json: ${index.dropped} invalid rows dropped`)
  // Files written after the index (a crash before the index caught up) are read again: the file is the truth.
  const indexTime =
    state === 'ok'
      ? await fs.lstat(layout.index).then(
          (info) => info.mtimeMs,
          () => 0
        )
      : 0
  const entries = await reportEntries(library, (id) => index.summaries.has(id))
  let changed = state === 'damaged' || index.dropped > 0
  for (const id of index.summaries.keys()) {
    if (!entries.has(id)) await problems.reportUnavailable(id, library.reportPath(id), 'missing_file')
  }
  for (const [id, entry] of entries) {
    if (entry instanceof Error) {
      const failure = readFailure(entry)
      if (failure.kind === 'unreadable') await library.unreadable(id, failure.reason)
      continue
    }
    // Never opened: a folder named x.json, a named pipe (opening it would hang the start), a link, a device.
    if (!entry.isFile) {
      await library.unreadable(id, 'not_a_file')
      continue
    }
    const listed = index.summaries.get(id)
    // A listed file after a clean close: trusted as indexed (checked when opened); nothing to stat or read.
    if (entry.mtimeMs === undefined) continue
    if ((entry.size ?? 0) > MAX_REPORT_FILE_BYTES) {
      await library.unreadable(id, 'too_large')
      continue
    }
    if (listed && entry.mtimeMs < indexTime) continue
    const read = await readReportFile(fs, library.reportPath(id))
    if (read.kind === 'ok' || (read.kind === 'newer_version' && read.report)) {
      const summary = { ...summarize(read.report as Report), id }
      if (listingChanged(listed, summary) || listed?.updatedAt !== summary.updatedAt) changed = true
      index.summaries.set(id, summary)
    }
    if (read.kind === 'newer_version') {
      problems.add({ file: problems.rel(library.reportPath(id)), kind: 'newer_version', reportId: id })
    }
    if (isDamaged(read)) await library.damaged(id, read.kind)
    if (read.kind === 'unreadable') await library.unreadable(id, read.reason)
  }
  if (changed && !library.readOnly) await library.writeIndexQuietly()
}
