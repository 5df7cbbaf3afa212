/**
 * The report library on disk: one file per report, the index, backups, trash, user templates.
 * Implements StorageContext for the other services, plus the report operations reports.ts exposes.
 * Saving a report writes that report's file only (plus a backup when due, plus the index when the list changes).
 */
import { join } from 'node:path'
import { Low } from 'lowdb'
import {
  ServiceError,
  type BackupEntry,
  type FolderReadOnlyReason,
  type LibraryListing
} from '../../shared/contract'
import {
  settingsSchema,
  type Report,
  type ReportSummary,
  type Settings,
  type Template
} from '../../shared/model'
import { AssetStore, type AssetContext } from './assets'
import { removeUnusedAssets } from './asset-cleanup'
import { BackupStore } from './backups'
import { DurableWriter } from './durable'
import { diskWork } from './errors'
import { realFs, type FsPort } from './fs-port'
import { IndexStore, listingChanged, summarize } from './index-store'
import { acquireDataLock, readOnlyReasonFor, type DataLock, type LockOptions } from './lock'
import { corruptPathFor, layoutOf, type Layout } from './paths'
import { ProblemLog } from './problems'
import {
  isDamaged,
  readReportFile,
  ReportFileAdapter,
  ReportReadError,
  type DiskRevision,
  type ReportRead,
  type UnreadableReason
} from './report-file'
import { cleanUp, loadIndex } from './startup'
import { TemplateStore } from './templates-store'
import { Trash } from './trash'

export interface LibraryOptions {
  dataDir: string
  fs?: FsPort
  now?: () => Date
  /** Open read-only regardless of the lock (the caller knows another process holds the folder). */
  readOnly?: boolean
  /** False only in the benchmark that measures what fsync costs. */
  fsync?: boolean
  platform?: string
  log?: (message: string, error?: unknown) => void
  /** Tests only: a stand-in for node:fs under the lock (a full or read-only disk). */
  lockFs?: LockOptions['fs']
}

/** How many report files keep their lowdb instance (the reports being edited; each holds one report). */
const OPEN_FILES_KEPT = 8

export class Library implements AssetContext {
  readonly layout: Layout
  readonly writer: DurableWriter
  readonly backups: BackupStore
  readonly trash: Trash
  readonly index: IndexStore
  readonly templates: TemplateStore
  readonly problems: ProblemLog
  readonly assets: AssetStore
  /** The background removal of unreferenced images started on open; close waits for it. */
  private assetCleanup: Promise<unknown> = Promise.resolve()
  /** One lowdb instance per open report file (the few most recently used), reading and writing through our adapter. */
  private readonly files = new Map<string, Low<Report | null>>()
  readonly now: () => Date
  readonly fs: FsPort
  readonly log: (message: string, error?: unknown) => void
  private readonly chains = new Map<string, Promise<unknown>>()
  /**
   * True when the last session may not have ended cleanly (we took over its lock, or we cannot take the lock):
   * then every listed report file is checked against the index at start-up, not only the unlisted ones.
   */
  reconcileAll = true
  /** Told of every report written or removed, whoever wrote it (reports.create lives in another service). */
  onChange: (id: string, report: Report | null) => void = () => undefined

  private constructor(
    readonly dataDir: string,
    private readonly folderReadOnly: FolderReadOnlyReason | undefined,
    private readonly lock: DataLock | undefined,
    options: LibraryOptions
  ) {
    this.fs = options.fs ?? realFs
    this.now = options.now ?? (() => new Date())
    this.log = options.log ?? (() => undefined)
    this.layout = layoutOf(dataDir)
    this.writer = new DurableWriter({ fs: this.fs, fsync: options.fsync ?? true, platform: options.platform })
    this.backups = new BackupStore(this.layout.backups, this.fs, this.writer)
    this.trash = new Trash(this.layout.trash, this.fs)
    this.assets = new AssetStore(this.layout.assets, this.fs, this.writer)
    this.problems = new ProblemLog(dataDir, this.backups)
    this.index = new IndexStore(this.layout.index, this.writer, this.fs)
    this.templates = new TemplateStore(this.layout.templates, this.fs, this.writer, this.now, () =>
      this.assertWritable()
    )
  }

  /**
   * Opens (creating if needed) a data folder: lock, leftover temp files, trash purge, index load or rebuild.
   * A folder that cannot be written (full disk, read-only, another window) opens read-only with the reason.
   */
  static async open(options: LibraryOptions): Promise<Library> {
    const fs = options.fs ?? realFs
    const log = options.log ?? (() => undefined)
    const layout = layoutOf(options.dataDir)
    let lock: DataLock | undefined
    let reason: FolderReadOnlyReason | undefined = options.readOnly ? 'locked' : undefined
    if (!options.readOnly) {
      try {
        await fs.mkdir(options.dataDir, { recursive: true })
        lock = await acquireDataLock(options.dataDir, { log, fs: options.lockFs })
        if (!lock.acquired) reason = lock.reason ?? 'locked'
        if (lock.acquired) {
          for (const folder of [layout.reports, layout.templates, layout.backups, layout.trash]) {
            await fs.mkdir(folder, { recursive: true })
          }
        }
      } catch (error) {
        reason = readOnlyReasonFor(error)
        if (!reason) throw error
        // Nothing of ours is left behind: the lock goes with the failed start.
        await lock?.release()
        lock = undefined
      }
    }
    log(reason ? `data folder opened read-only: ${reason}` : 'data folder opened for writing')
    const library = new Library(options.dataDir, reason, lock, options)
    library.reconcileAll = !lock?.acquired || lock.tookOver === true
    if (lock) lock.onLost = () => log('the data folder lock was taken over by another process; saving stops')
    if (!library.readOnly) await cleanUp(library)
    await loadIndex(library)
    if (!library.readOnly) library.startAssetCleanup()
    return library
  }

  /**
   * Removes unreferenced images in the background (see asset-cleanup.ts); a failure only goes to the log. One
   * clean-up at a time: a second one waits for the first, which could otherwise, still listing, remove an image
   * added again after the second had finished.
   */
  startAssetCleanup(): Promise<unknown> {
    this.assetCleanup = this.assetCleanup
      .then(() => removeUnusedAssets(this.fs, this.layout, this.assets, this.now()))
      .then(
        (removed) => removed.length > 0 && this.log(`removed ${removed.length} unused images`),
        (error: unknown) => this.log('removing unused images failed', error)
      )
    return this.assetCleanup
  }

  /** True when nothing may be written: the folder is read-only for a reason, or our lock was taken over. */
  get readOnly(): boolean {
    return this.folderReadOnly !== undefined || this.lock?.lost === true
  }

  /** Why the folder is read-only, if it is. */
  get readOnlyReason(): FolderReadOnlyReason | undefined {
    return this.folderReadOnly ?? (this.lock?.lost ? 'locked' : undefined)
  }

  /** The library list: everything listed whose file is present, plus what went wrong and what can be restored. */
  listing(): LibraryListing {
    const unavailable = this.problems.unavailable
    const reports = [...this.index.summaries.values()].filter((summary) => !unavailable.has(summary.id))
    return { reports, problems: this.problems.list() }
  }

  reportPath(id: string): string {
    return join(this.layout.reports, `${id}.json`)
  }

  /** Moves a damaged file aside (never overwritten, never deleted); returns its new name, relative. */
  async moveAside(path: string): Promise<string | undefined> {
    if (this.readOnly) return undefined
    const target = corruptPathFor(path, this.now())
    try {
      await this.fs.rename(path, target)
    } catch (error) {
      // Left where it is (it stays hidden): a folder we may not change must not stop the library from opening.
      this.log('could not move a damaged file aside', error)
      return undefined
    }
    return this.problems.rel(target)
  }

  /** A damaged report file: moved aside (never overwritten), hidden from the list, newest valid backup offered. */
  async damaged(id: string, kind: 'invalid_json' | 'invalid_schema'): Promise<void> {
    const movedTo = await this.moveAside(this.reportPath(id))
    this.files.delete(id)
    this.log(`report file damaged (${kind}), moved aside`)
    await this.problems.reportUnavailable(id, this.reportPath(id), kind, movedTo)
  }

  /** A report file that is there but cannot be read: left in place, hidden from the list. */
  async unreadable(id: string, reason: UnreadableReason): Promise<void> {
    this.files.delete(id)
    this.log(`report file unreadable (${reason}), left in place`)
    const kind = reason === 'too_large' || reason === 'not_a_file' ? reason : 'unreadable'
    await this.problems.reportUnavailable(id, this.reportPath(id), kind)
  }

  assertWritable(): void {
    if (this.readOnly) throw new ServiceError('read_only', this.readOnlyReason)
  }

  /** The lowdb instance of one report file; the few most recently used are kept. */
  private file(id: string): Low<Report | null> {
    let db = this.files.get(id)
    if (db) this.files.delete(id)
    else db = new Low<Report | null>(new ReportFileAdapter(this.reportPath(id), this.writer, this.fs), null)
    this.files.set(id, db)
    for (const old of this.files.keys()) {
      if (this.files.size <= OPEN_FILES_KEPT) break
      this.files.delete(old)
    }
    return db
  }

  /** The revision in the report's file on disk now: the compare-and-swap of every save is against this. */
  diskRevision(id: string): Promise<DiskRevision> {
    return diskWork(() => (this.file(id).adapter as ReportFileAdapter).diskRevision())
  }

  /** Runs work for one report after the previous work for it, so revision checks never interleave. */
  serialize<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = this.chains.get(id) ?? Promise.resolve()
    const next = previous.then(work, work)
    const settled = next.catch(() => undefined)
    this.chains.set(id, settled)
    void settled.then(() => {
      if (this.chains.get(id) === settled) this.chains.delete(id)
    })
    return next
  }

  /** Reads a report file, moving it aside if damaged. */
  async readReport(id: string): Promise<ReportRead> {
    const db = this.file(id)
    let read: ReportRead
    try {
      await diskWork(() => db.read())
      read = db.data ? { kind: 'ok', report: db.data } : { kind: 'missing' }
    } catch (error) {
      if (!(error instanceof ReportReadError)) throw error
      read = error.read
    }
    // The file name is the identity: a file copied in by hand under another name must not save over its source.
    if (read.kind === 'ok' || read.kind === 'newer_version') {
      if (read.report && read.report.id !== id) read.report = { ...read.report, id }
    }
    if (isDamaged(read)) await this.damaged(id, read.kind)
    if (read.kind === 'unreadable') await this.unreadable(id, read.reason)
    if (read.kind === 'missing') {
      // Moved aside earlier (at start-up, say): still damaged to the caller, not merely gone.
      const known = this.problems.kindOf(id)
      if (known === 'invalid_json' || known === 'invalid_schema')
        return { kind: known, detail: 'moved aside' }
    }
    return read
  }

  async loadReport(id: string): Promise<Report> {
    const read = await this.readReport(id)
    if (read.kind === 'ok') return read.report
    if (read.kind === 'missing') throw new ServiceError('not_found')
    if (read.kind === 'newer_version') throw new ServiceError('newer_version')
    if (read.kind === 'unreadable' && read.reason === 'no_access') throw new ServiceError('permission_denied')
    if (read.kind === 'unreadable' && read.reason === 'io_error') throw new ServiceError('io_error')
    throw new ServiceError('corrupt_file', read.kind)
  }

  /** Writes a report as the next revision: its file, a backup when due, the index when the list changed. */
  async writeReport(report: Report): Promise<Report> {
    const db = this.file(report.id)
    db.data = report
    try {
      await diskWork(() => db.write())
    } catch (error) {
      // lowdb's memory must not claim what the disk refused.
      db.data = null
      this.log(`saving a report failed`, error)
      throw error
    }
    this.problems.resolved(report.id)
    this.onChange(report.id, report)
    const now = this.now()
    await this.backups
      .maybeBackup(report.id, report.revision, () => JSON.stringify(report), now)
      .catch((error: unknown) => this.log('backup failed', error))
    const summary = summarize(report)
    const changed = listingChanged(this.index.summaries.get(report.id), summary)
    this.index.summaries.set(report.id, summary)
    if (changed) await this.writeIndexQuietly()
    else this.index.dirty = true
    return report
  }

  /** The report is already safe on disk; a failed index write is retried later and rebuilt on start if needed. */
  async writeIndexQuietly(): Promise<void> {
    try {
      await this.index.write()
    } catch (error) {
      this.index.dirty = true
      this.log('library index write failed', error)
    }
  }

  async insertReport(report: Report): Promise<Report> {
    this.assertWritable()
    return this.serialize(report.id, async () => {
      if (this.index.summaries.has(report.id) && !this.problems.unavailable.has(report.id)) {
        throw new ServiceError('bad_request', 'id exists')
      }
      const stored: Report = { ...report, revision: 1, updatedAt: this.now().toISOString() }
      return this.writeReport(stored)
    })
  }

  async listBackups(id: string): Promise<BackupEntry[]> {
    const backups = await diskWork(() => this.backups.list(id))
    return backups.map((b) => ({
      backupId: b.backupId,
      savedAt: b.savedAt.toISOString(),
      revision: b.revision
    }))
  }

  getSettings(): Settings {
    return structuredClone(this.index.settings)
  }

  /** Writes first, then changes memory: after a failed write (a full disk) memory still equals the file. */
  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    this.assertWritable()
    const next = settingsSchema.parse({ ...this.index.settings, ...patch })
    try {
      await diskWork(() => this.index.write(next))
    } catch (error) {
      this.log('saving the settings failed', error)
      throw error
    }
    return this.getSettings()
  }

  listUserTemplates(): Promise<Template[]> {
    return diskWork(() => this.templates.list())
  }

  saveUserTemplate(template: Template): Promise<Template> {
    return diskWork(() => this.templates.save(template))
  }

  deleteUserTemplate(id: string): Promise<void> {
    return diskWork(() => this.templates.delete(id))
  }

  async writeFileDurable(path: string, data: string | Uint8Array): Promise<void> {
    await diskWork(() => this.writer.write(path, data))
  }

  /** Waits for queued writes, at most `timeoutMs` (quit must not hang on a dead network drive). */
  async flush(timeoutMs = 5000): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))
    await Promise.race([this.writer.flush(), timeout])
    clearTimeout(timer)
  }

  async close(): Promise<void> {
    await this.assetCleanup
    await this.flush()
    if (this.index.dirty && !this.readOnly) await this.writeIndexQuietly()
    await this.lock?.release()
  }

  /** Every listed report that reads cleanly (for the search index). */
  async *eachReport(): AsyncGenerator<Report> {
    for (const id of [...this.index.summaries.keys()]) {
      if (this.problems.unavailable.has(id)) continue
      // Not through the kept lowdb instances: searching reads every report once and must not keep them all.
      const read = await readReportFile(this.fs, this.reportPath(id)).catch(() => undefined)
      if (read?.kind === 'ok') yield read.report
    }
  }

  /** For callers that show or remove the summary of one report. */
  summary(id: string): ReportSummary | undefined {
    return this.problems.unavailable.has(id) ? undefined : this.index.summaries.get(id)
  }
}
