/**
 * The report library on disk: one file per report, the index, backups, trash, user templates.
 * Implements StorageContext for the other services, plus the report operations reports.ts exposes.
 * Saving a report writes that report's file only (plus a backup when due, plus the index when the list changes).
 */
import { join, relative } from 'node:path'
import { Low } from 'lowdb'
import {
  ServiceError,
  type BackupEntry,
  type LibraryListing,
  type LibraryProblem
} from '../../shared/contract'
import type { Report, ReportSummary, Settings, Template } from '../../shared/model'
import { settingsSchema } from '../../shared/model'
import { BackupStore } from './backups'
import type { StorageContext } from './context'
import { DurableWriter, isTempFileName } from './durable'
import { diskWork } from './errors'
import { errorCode, realFs, type FsPort } from './fs-port'
import { DurableJsonAdapter } from './json-adapter'
import { IndexStore, listingChanged, summarize } from './index-store'
import { acquireDataLock, type DataLock } from './lock'
import { corruptPathFor, layoutOf, type Layout } from './paths'
import { isDamaged, readReportFile, type ReportRead } from './report-file'
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
}

const REPORT_FILE = /^([A-Za-z0-9_-]+)\.json$/

export class Library implements StorageContext {
  readonly layout: Layout
  readonly writer: DurableWriter
  readonly backups: BackupStore
  readonly trash: Trash
  readonly index: IndexStore
  readonly templates: TemplateStore
  readonly problems: LibraryProblem[] = []
  /** Listed in the index but the file is gone (or was moved aside): hidden from the list until restored. */
  readonly missing = new Set<string>()
  /** Revision on disk per report, learned on first read: a save compares with it without reading the file. */
  readonly revisions = new Map<string, { revision: number; newer: boolean }>()
  readonly now: () => Date
  readonly fs: FsPort
  readonly log: (message: string, error?: unknown) => void
  private readonly chains = new Map<string, Promise<unknown>>()
  /** Told of every report written or removed, whoever wrote it (reports.create lives in another service). */
  onChange: (id: string, report: Report | null) => void = () => undefined

  private constructor(
    readonly dataDir: string,
    readonly readOnly: boolean,
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
    this.index = new IndexStore(this.layout.index, this.writer, this.fs)
    this.templates = new TemplateStore(this.layout.templates, this.fs, this.writer, this.now, () =>
      this.assertWritable()
    )
  }

  /** Opens (creating if needed) a data folder: lock, leftover temp files, trash purge, index load or rebuild. */
  static async open(options: LibraryOptions): Promise<Library> {
    const fs = options.fs ?? realFs
    const layout = layoutOf(options.dataDir)
    let lock: DataLock | undefined
    if (!options.readOnly) {
      try {
        await fs.mkdir(options.dataDir, { recursive: true })
        lock = await acquireDataLock(options.dataDir)
      } catch (error) {
        // A folder we cannot write to (EROFS, EACCES) still opens, read-only.
        if (!['EROFS', 'EACCES', 'EPERM'].includes(errorCode(error) ?? '')) throw error
      }
    }
    const readOnly = options.readOnly === true || !lock?.acquired
    if (!readOnly) {
      for (const folder of [layout.reports, layout.templates, layout.backups, layout.trash]) {
        await fs.mkdir(folder, { recursive: true })
      }
    }
    const library = new Library(options.dataDir, readOnly, lock, options)
    if (!readOnly) await library.startupCleanup()
    await library.loadIndex()
    return library
  }

  private async startupCleanup(): Promise<void> {
    for (const folder of [this.layout.root, this.layout.reports, this.layout.templates]) {
      for (const name of await this.fs.readdir(folder)) {
        if (isTempFileName(name)) await this.fs.unlink(join(folder, name)).catch(() => undefined)
      }
    }
    for (const id of await this.trash.purge(this.now())) {
      if (!(await this.reportExists(id))) await this.backups.removeAll(id)
    }
  }

  private async reportExists(id: string): Promise<boolean> {
    return (
      (await readReportFile(this.fs, this.reportPath(id)).catch(() => ({ kind: 'x' }))).kind !== 'missing'
    )
  }

  private async loadIndex(): Promise<void> {
    const state = await this.index.load()
    if (state === 'damaged') {
      const movedTo = await this.moveAside(this.layout.index)
      this.problems.push({ file: this.rel(this.layout.index), movedTo, kind: 'index_rebuilt' })
    }
    const names = await this.fs.readdir(this.layout.reports).catch(() => [] as string[])
    const onDisk = new Set(names.flatMap((name) => REPORT_FILE.exec(name)?.[1] ?? []))
    let changed = state === 'damaged'
    for (const id of this.index.summaries.keys()) {
      if (!onDisk.has(id)) await this.noteMissing(id, 'missing_file')
    }
    for (const id of onDisk) {
      if (this.index.summaries.has(id)) continue
      // On disk but not listed: a crash between report and index writes, or a rebuilt index.
      const read = await readReportFile(this.fs, this.reportPath(id))
      if (read.kind === 'ok' || (read.kind === 'newer_version' && read.report)) {
        this.index.summaries.set(id, summarize(read.report as Report))
        changed = true
      }
      if (read.kind === 'newer_version')
        this.problems.push({ file: this.rel(this.reportPath(id)), kind: 'newer_version', reportId: id })
      if (isDamaged(read)) await this.handleDamaged(id, read)
    }
    if (changed && !this.readOnly) await this.writeIndexQuietly()
  }

  /** The library list: everything listed whose file is present, plus what went wrong and what can be restored. */
  listing(): LibraryListing {
    const reports = [...this.index.summaries.values()].filter((summary) => !this.missing.has(summary.id))
    return { reports, problems: [...this.problems] }
  }

  reportPath(id: string): string {
    return join(this.layout.reports, `${id}.json`)
  }

  private rel(path: string): string {
    return relative(this.dataDir, path).split('\\').join('/')
  }

  /** Moves a damaged file aside (never overwritten, never deleted); returns its new name, relative. */
  private async moveAside(path: string): Promise<string | undefined> {
    if (this.readOnly) return undefined
    const target = corruptPathFor(path, this.now())
    await this.fs.rename(path, target)
    return this.rel(target)
  }

  private async noteMissing(id: string, kind: 'missing_file', movedTo?: string): Promise<void> {
    this.missing.add(id)
    this.revisions.delete(id)
    const backup = await this.backups.newestValid(id).catch(() => undefined)
    this.addProblem({
      file: this.rel(this.reportPath(id)),
      kind,
      reportId: id,
      movedTo,
      backupId: backup?.backupId
    })
  }

  /** A damaged report file: moved aside, hidden from the list, newest valid backup offered. */
  async handleDamaged(id: string, read: { kind: 'invalid_json' | 'invalid_schema' }): Promise<void> {
    const movedTo = await this.moveAside(this.reportPath(id))
    this.missing.add(id)
    this.revisions.delete(id)
    const backup = await this.backups.newestValid(id).catch(() => undefined)
    this.addProblem({
      file: this.rel(this.reportPath(id)),
      kind: read.kind,
      reportId: id,
      movedTo,
      backupId: backup?.backupId
    })
  }

  private addProblem(problem: LibraryProblem): void {
    const clean = Object.fromEntries(Object.entries(problem).filter(([, value]) => value !== undefined))
    const others = this.problems.filter((known) => !(problem.reportId && known.reportId === problem.reportId))
    this.problems.splice(0, this.problems.length, ...others, clean as unknown as LibraryProblem)
  }

  clearProblems(id: string): void {
    const others = this.problems.filter((problem) => problem.reportId !== id)
    this.problems.splice(0, this.problems.length, ...others)
  }

  assertWritable(): void {
    if (this.readOnly) throw new ServiceError('read_only')
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
    const read = await diskWork(() => readReportFile(this.fs, this.reportPath(id)))
    // The file name is the identity: a file copied in by hand under another name must not save over its source.
    if (read.kind === 'ok' || read.kind === 'newer_version') {
      if (read.report && read.report.id !== id) read.report = { ...read.report, id }
    }
    if (read.kind === 'ok') this.revisions.set(id, { revision: read.report.revision, newer: false })
    if (read.kind === 'newer_version')
      this.revisions.set(id, { revision: read.report?.revision ?? 0, newer: true })
    if (isDamaged(read)) await this.handleDamaged(id, read)
    return read
  }

  async loadReport(id: string): Promise<Report> {
    const read = await this.readReport(id)
    if (read.kind === 'ok') return read.report
    if (read.kind === 'missing') throw new ServiceError('not_found')
    if (read.kind === 'newer_version') throw new ServiceError('newer_version')
    throw new ServiceError('corrupt_file', read.kind)
  }

  /** Writes a report as the next revision: its file, a backup when due, the index when the list changed. */
  async writeReport(report: Report): Promise<Report> {
    const path = this.reportPath(report.id)
    const db = new Low<Report>(new DurableJsonAdapter(path, this.writer, this.fs), report)
    await diskWork(() => db.write())
    this.revisions.set(report.id, { revision: report.revision, newer: false })
    this.missing.delete(report.id)
    this.clearProblems(report.id)
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
      if (this.index.summaries.has(report.id) && !this.missing.has(report.id)) {
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

  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    this.assertWritable()
    this.index.settings = settingsSchema.parse({ ...this.index.settings, ...patch })
    await diskWork(() => this.index.write())
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
    await this.flush()
    if (this.index.dirty && !this.readOnly) await this.writeIndexQuietly()
    await this.lock?.release()
  }

  /** Every listed report that reads cleanly (for the search index). */
  async *eachReport(): AsyncGenerator<Report> {
    for (const id of [...this.index.summaries.keys()]) {
      if (this.missing.has(id)) continue
      const read = await readReportFile(this.fs, this.reportPath(id)).catch(() => undefined)
      if (read?.kind === 'ok') yield read.report
    }
  }

  /** For callers that show or remove the summary of one report. */
  summary(id: string): ReportSummary | undefined {
    return this.missing.has(id) ? undefined : this.index.summaries.get(id)
  }
}
