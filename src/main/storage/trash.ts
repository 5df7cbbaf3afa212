/** Deleted reports in trash/<id>.<timestamp>.json, restorable for 30 days, purged on start after that. */
import { join } from 'node:path'
import type { TrashEntry } from '../../shared/contract'
import { compactTimestamp, parseCompactTimestamp } from './paths'
import { errorCode, type FsPort } from './fs-port'
import { parseReportText } from './report-file'

export const TRASH_DAYS = 30

interface TrashFile {
  name: string
  id: string
  deletedAt: Date
}

function parseTrashName(name: string): TrashFile | null {
  const match = /^([A-Za-z0-9_-]+)\.(\d{8}T\d{9}Z)\.json$/.exec(name)
  const deletedAt = match ? parseCompactTimestamp(match[2] as string) : null
  return match && deletedAt ? { name, id: match[1] as string, deletedAt } : null
}

export class Trash {
  constructor(
    private readonly folder: string,
    private readonly fs: FsPort
  ) {}

  private async files(): Promise<TrashFile[]> {
    let names: string[]
    try {
      names = await this.fs.readdir(this.folder)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return []
      throw error
    }
    return names
      .map(parseTrashName)
      .filter((file): file is TrashFile => file !== null)
      .sort((a, b) => b.deletedAt.getTime() - a.deletedAt.getTime())
  }

  /** Moves a report file into the trash (a rename: atomic, nothing rewritten). */
  async moveIn(reportPath: string, id: string, now: Date): Promise<void> {
    await this.fs.rename(reportPath, join(this.folder, `${id}.${compactTimestamp(now)}.json`))
  }

  /** Deleted reports, newest first; titles are read from the files (the trash is small). */
  async list(): Promise<TrashEntry[]> {
    const entries: TrashEntry[] = []
    for (const file of await this.files()) {
      const read = parseReportText((await this.fs.readFile(join(this.folder, file.name))).toString('utf8'))
      const title =
        read.kind === 'ok' || (read.kind === 'newer_version' && read.report) ? read.report?.title : ''
      entries.push({ id: file.id, title: title ?? '', deletedAt: file.deletedAt.toISOString() })
    }
    return entries
  }

  /** Path of the newest trash file of a report, or undefined. */
  async find(id: string): Promise<string | undefined> {
    const file = (await this.files()).find((candidate) => candidate.id === id)
    return file ? join(this.folder, file.name) : undefined
  }

  /** Deletes entries older than 30 days; returns the ids purged. */
  async purge(now: Date): Promise<string[]> {
    const purged: string[] = []
    for (const file of await this.files()) {
      if (now.getTime() - file.deletedAt.getTime() > TRASH_DAYS * 86_400_000) {
        await this.fs.unlink(join(this.folder, file.name))
        purged.push(file.id)
      }
    }
    return purged
  }
}
