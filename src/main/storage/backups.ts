/**
 * Rolling snapshots per report in backups/<id>/<timestamp>-r<revision>.json. A snapshot is taken on save when the
 * last one is at least a minute old. Kept: the 20 newest, plus the newest of each day for 30 days.
 */
import { join } from 'node:path'
import { compactTimestamp, parseCompactTimestamp } from './paths'
import { isTempFileName, type DurableWriter } from './durable'
import { errorCode, type FsPort } from './fs-port'
import { parseReportText, type ReportRead } from './report-file'

export const BACKUP_MIN_INTERVAL_MS = 60_000
export const BACKUPS_KEPT = 20
export const BACKUP_DAYS = 30
const DAY_MS = 86_400_000

export interface BackupFile {
  backupId: string
  savedAt: Date
  revision: number
}

/** Parses `20261126T090704123Z-r12` into its time and revision. */
export function parseBackupId(backupId: string): BackupFile | null {
  const match = /^(\d{8}T\d{9}Z)-r(\d+)$/.exec(backupId)
  const savedAt = match ? parseCompactTimestamp(match[1] as string) : null
  return match && savedAt ? { backupId, savedAt, revision: Number(match[2]) } : null
}

/** Which backups survive pruning at `now` (pure, so the promise is testable without waiting days). */
export function backupsToKeep(backups: BackupFile[], now: Date): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime())
  const keep = new Set(newestFirst.slice(0, BACKUPS_KEPT).map((backup) => backup.backupId))
  const daysSeen = new Set<string>()
  for (const backup of newestFirst) {
    if (now.getTime() - backup.savedAt.getTime() >= BACKUP_DAYS * DAY_MS) break
    // UTC days: simple and stable; a Finnish day boundary is two or three hours off, which does not matter here.
    const day = backup.savedAt.toISOString().slice(0, 10)
    if (!daysSeen.has(day)) {
      daysSeen.add(day)
      keep.add(backup.backupId)
    }
  }
  return keep
}

export class BackupStore {
  private readonly lastBackupAt = new Map<string, number>()

  constructor(
    private readonly root: string,
    private readonly fs: FsPort,
    private readonly writer: DurableWriter
  ) {}

  /** Backups of one report, newest first. */
  async list(reportId: string): Promise<BackupFile[]> {
    let names: string[]
    try {
      names = await this.fs.readdir(join(this.root, reportId))
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return []
      throw error
    }
    return names
      .map((name) => (name.endsWith('.json') ? parseBackupId(name.slice(0, -5)) : null))
      .filter((backup): backup is BackupFile => backup !== null)
      .sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime())
  }

  /** Takes a snapshot of `text` if the last one is at least a minute old, then prunes. */
  async maybeBackup(reportId: string, revision: number, text: () => string, now: Date): Promise<boolean> {
    let last = this.lastBackupAt.get(reportId)
    if (last === undefined) last = (await this.list(reportId))[0]?.savedAt.getTime() ?? -Infinity
    if (now.getTime() - last < BACKUP_MIN_INTERVAL_MS) {
      this.lastBackupAt.set(reportId, last)
      return false
    }
    const folder = join(this.root, reportId)
    await this.fs.mkdir(folder, { recursive: true })
    await this.writer.write(join(folder, `${compactTimestamp(now)}-r${revision}.json`), text())
    this.lastBackupAt.set(reportId, now.getTime())
    await this.prune(reportId, now)
    return true
  }

  /** Takes a snapshot now, whatever the interval (before a merge replaces a report's content at once). */
  async backupNow(reportId: string, revision: number, text: string, now: Date): Promise<void> {
    const folder = join(this.root, reportId)
    await this.fs.mkdir(folder, { recursive: true })
    await this.writer.write(join(folder, `${compactTimestamp(now)}-r${revision}.json`), text)
    this.lastBackupAt.set(reportId, now.getTime())
    await this.prune(reportId, now)
  }

  /** Deletes the backups that the rotation no longer promises to keep. */
  async prune(reportId: string, now: Date): Promise<void> {
    const folder = join(this.root, reportId)
    // Temp files a crash left in this folder go with the pruning (start-up does not walk every backup folder).
    for (const name of (await this.fs.readdir(folder)).filter(isTempFileName)) {
      await this.fs.unlink(join(folder, name)).catch(() => undefined)
    }
    const backups = await this.list(reportId)
    const keep = backupsToKeep(backups, now)
    for (const backup of backups) {
      if (!keep.has(backup.backupId)) {
        await this.fs.unlink(join(this.root, reportId, `${backup.backupId}.json`)).catch(() => undefined)
      }
    }
  }

  /** Reads one backup; `missing` when it does not exist. */
  async read(reportId: string, backupId: string): Promise<ReportRead> {
    if (!parseBackupId(backupId)) return { kind: 'missing' }
    try {
      const text = await this.fs.readFile(join(this.root, reportId, `${backupId}.json`))
      return parseReportText(text.toString('utf8'))
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { kind: 'missing' }
      throw error
    }
  }

  /** The newest backup that reads as a valid report, to offer after a file was found damaged. */
  async newestValid(reportId: string): Promise<BackupFile | undefined> {
    for (const backup of await this.list(reportId)) {
      if ((await this.read(reportId, backup.backupId)).kind === 'ok') return backup
    }
    return undefined
  }

  /** Removes every backup of a report (when its trash entry is purged). */
  async removeAll(reportId: string): Promise<void> {
    await this.fs.rm(join(this.root, reportId), { recursive: true, force: true })
    this.lastBackupAt.delete(reportId)
  }
}
