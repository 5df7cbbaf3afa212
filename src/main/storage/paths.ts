/** Where things live inside the data folder, and the time stamps used in file names. */
import { basename, dirname, join } from 'node:path'

export interface Layout {
  root: string
  index: string
  lock: string
  reports: string
  templates: string
  backups: string
  trash: string
  /** Images of the notes, assets/<sha256>.<ext> (storage/assets.ts). */
  assets: string
}

/** The folders and files of a data folder. */
export function layoutOf(dataDir: string): Layout {
  return {
    root: dataDir,
    index: join(dataDir, 'library.json'),
    lock: join(dataDir, 'tilannekuva.lock'),
    reports: join(dataDir, 'reports'),
    templates: join(dataDir, 'templates'),
    backups: join(dataDir, 'backups'),
    trash: join(dataDir, 'trash'),
    assets: join(dataDir, 'assets')
  }
}

/** `2026-11-26T09:07:04.123Z` → `20261126T090704123Z`: sortable and safe in every file system. */
export function compactTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '')
}

/** The inverse of compactTimestamp; null for anything else. */
export function parseCompactTimestamp(text: string): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(text)
  if (!match) return null
  const [, y, mo, d, h, mi, s, ms] = match
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`)
  return Number.isNaN(date.getTime()) ? null : date
}

/** Where a damaged file is moved: `<name>.corrupt-<timestamp>.json` beside it. */
export function corruptPathFor(path: string, now: Date): string {
  const name = basename(path).replace(/\.json$/, '')
  return join(dirname(path), `${name}.corrupt-${compactTimestamp(now)}.json`)
}
