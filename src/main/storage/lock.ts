/**
 * Exactly one writer per data folder, on top of Electron's single-instance lock (which a second user session, a
 * CLI run, a container or another machine on a network share does not see). See docs/decisions/0002.
 *
 * proper-lockfile makes the lock: an atomic mkdir of `tilannekuva.lock/`, a heartbeat that refreshes its mtime,
 * and detection of a lock that was taken from us. Around it, what it lacks: who holds the lock (host, pid, pid
 * namespace, in `owner.json` inside), a stale-lock takeover that only one process can win (its own
 * rmdir-then-mkdir lets two processes both win: node-proper-lockfile#121), and a release that never removes a
 * lock another process now holds.
 */
import * as nodeFs from 'node:fs'
import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import { join } from 'node:path'
import lockfile from 'proper-lockfile'
import type { FolderReadOnlyReason } from '../../shared/contract'
import { errorCode } from './fs-port'
import { layoutOf } from './paths'

/** A lock whose heartbeat is older than this is stale: its holder crashed or lost the disk. */
export const LOCK_STALE_MS = 15_000
export const LOCK_HEARTBEAT_MS = 3_000
const OWNER_FILE = 'owner.json'
/** A takeover takes milliseconds; a takeover marker older than this was left by a crash. */
const TAKEOVER_STALE_MS = 10_000
/** proper-lockfile's own stale path is never used (stale: effectively never); ours decides. */
const NEVER_STALE_MS = 10 * 365 * 86_400_000

export interface LockOwner {
  host: string
  pid: number
  /** Linux pid namespace (`pid:[4026531836]`): a pid means nothing across namespaces. */
  pidNamespace?: string
  since: string
  token: string
}

export interface DataLock {
  /** False when the folder is not ours to write: read-only, for `reason`. */
  acquired: boolean
  reason?: FolderReadOnlyReason
  holder?: LockOwner
  /** True once another process has taken our lock over (we stalled past the stale time): stop writing. */
  lost: boolean
  /** True when a lock was left behind (a crash): the index may be older than the report files. */
  tookOver?: boolean
  onLost?: () => void
  release(): Promise<void>
}

/** node:fs, or a test's stand-in that fails like a full or read-only disk. */
export type LockFs = typeof nodeFs

export interface LockOptions {
  log?: (message: string, error?: unknown) => void
  fs?: Partial<LockFs>
  staleMs?: number
  heartbeatMs?: number
}

/** The read-only reason for a failure to take the lock or prepare the folder; undefined for anything else. */
export function readOnlyReasonFor(error: unknown): FolderReadOnlyReason | undefined {
  const code = errorCode(error) ?? ''
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'disk_full'
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'folder_read_only'
  return undefined
}

function pidNamespace(): string | undefined {
  if (process.platform !== 'linux') return process.platform
  try {
    return nodeFs.readlinkSync('/proc/self/ns/pid')
  } catch {
    return undefined
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errorCode(error) === 'EPERM'
  }
}

function readOwner(fs: LockFs, lockDir: string): LockOwner | undefined {
  try {
    const raw = JSON.parse(fs.readFileSync(join(lockDir, OWNER_FILE), 'utf8')) as Partial<LockOwner>
    if (typeof raw.pid !== 'number' || typeof raw.host !== 'string' || typeof raw.token !== 'string')
      return undefined
    return raw as LockOwner
  } catch {
    return undefined
  }
}

/** Locks held by this process, by path: opening the same folder twice in one process shares the lock. */
const held = new Map<string, { token: string; count: number; lock: DataLock; unlock: () => Promise<void> }>()

/**
 * The file-system calls proper-lockfile makes, with two changes: mkdir writes our owner record into the new lock
 * (before proper-lockfile takes its mtime), and removing the lock removes it only while the record is ours.
 */
function lockFs(fs: LockFs, owner: LockOwner): LockFs {
  const ours = (dir: string): boolean => readOwner(fs, dir)?.token === owner.token
  const removeIfOurs = (dir: string): void => {
    if (!ours(dir)) return
    fs.rmSync(join(dir, OWNER_FILE), { force: true })
    fs.rmdirSync(dir)
  }
  return {
    ...fs,
    mkdir: ((dir: string, callback: (error: NodeJS.ErrnoException | null) => void) => {
      fs.mkdir(dir, (error) => {
        if (error) return callback(error)
        try {
          const file = fs.openSync(join(dir, OWNER_FILE), 'wx')
          try {
            fs.writeFileSync(file, JSON.stringify(owner))
            fs.fsyncSync(file)
          } finally {
            fs.closeSync(file)
          }
          callback(null)
        } catch (writeError) {
          // A full or read-only disk: nothing of ours stays behind (no empty lock).
          fs.rmSync(dir, { recursive: true, force: true })
          callback(writeError as NodeJS.ErrnoException)
        }
      })
    }) as typeof nodeFs.mkdir,
    rmdir: ((dir: string, callback: (error: NodeJS.ErrnoException | null) => void) => {
      try {
        removeIfOurs(dir)
        callback(null)
      } catch (error) {
        callback(errorCode(error) === 'ENOENT' ? null : (error as NodeJS.ErrnoException))
      }
    }) as typeof nodeFs.rmdir,
    rmdirSync: ((dir: string) => removeIfOurs(dir)) as typeof nodeFs.rmdirSync
  }
}

/** True when the lock at `lockDir` (stat `mtimeMs`) may be taken over. */
function isStale(fs: LockFs, lockDir: string, mtimeMs: number, staleMs: number): boolean {
  if (Date.now() - mtimeMs > staleMs) return true
  const owner = readOwner(fs, lockDir)
  // A dead pid proves nothing across hosts or pid namespaces (containers): there only the heartbeat counts.
  const here = pidNamespace()
  return (
    owner !== undefined &&
    owner.host === hostname() &&
    here !== undefined &&
    owner.pidNamespace === here &&
    !isAlive(owner.pid)
  )
}

/**
 * Removes a stale lock so that only one of several processes starting at once can do it: they race for a
 * takeover marker (an atomic mkdir); the winner checks again that the very lock it judged stale is still there
 * and still stale, then renames it away. Returns the owner that was displaced, or undefined if nothing was done.
 */
function takeOver(
  fs: LockFs,
  path: string,
  judged: nodeFs.Stats,
  staleMs: number
): LockOwner | undefined | false {
  const marker = `${path}.takeover`
  try {
    fs.mkdirSync(marker)
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error
    // Someone is taking over right now; a marker left by a crash is cleared for the next start.
    try {
      if (Date.now() - fs.statSync(marker).mtimeMs > TAKEOVER_STALE_MS) fs.rmdirSync(marker)
    } catch {
      // Gone meanwhile.
    }
    return false
  }
  try {
    let now: nodeFs.Stats
    try {
      now = fs.lstatSync(path)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return undefined
      throw error
    }
    const same = now.ino === judged.ino && now.mtimeMs === judged.mtimeMs
    if (!same || (now.isDirectory() && !isStale(fs, path, now.mtimeMs, staleMs))) return false
    const owner = now.isDirectory() ? readOwner(fs, path) : undefined
    const aside = `${path}.stale-${randomUUID()}`
    fs.renameSync(path, aside)
    fs.rmSync(aside, { recursive: true, force: true })
    return owner ?? { host: '?', pid: 0, since: '', token: '' }
  } finally {
    fs.rmdirSync(marker)
  }
}

/** A lock file (not folder) from an earlier version of the app: held while its pid lives. */
function legacyHolderAlive(fs: LockFs, path: string): boolean {
  try {
    const raw = JSON.parse(fs.readFileSync(path, 'utf8')) as { pid?: unknown }
    return typeof raw.pid === 'number' && raw.pid !== process.pid && isAlive(raw.pid)
  } catch {
    return false
  }
}

const notAcquired = (reason: FolderReadOnlyReason, holder?: LockOwner): DataLock => ({
  acquired: false,
  reason,
  ...(holder ? { holder } : {}),
  lost: false,
  release: async () => undefined
})

/** Takes the data folder's lock, or says who holds it. Errors of a full or read-only disk are thrown. */
export async function acquireDataLock(dataDir: string, options: LockOptions = {}): Promise<DataLock> {
  const path = layoutOf(dataDir).lock
  const log = options.log ?? (() => undefined)
  const staleMs = options.staleMs ?? LOCK_STALE_MS
  const fs: LockFs = { ...nodeFs, ...options.fs }
  const shared = held.get(path)
  if (shared) {
    shared.count += 1
    return shared.lock
  }
  const owner: LockOwner = {
    host: hostname(),
    pid: process.pid,
    ...(pidNamespace() ? { pidNamespace: pidNamespace() } : {}),
    since: new Date().toISOString(),
    token: randomUUID()
  }
  const lock: DataLock = { acquired: true, lost: false, tookOver: false, release: () => releaseShared(path) }
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const unlock = await lockfile.lock(dataDir, {
        lockfilePath: path,
        realpath: false,
        stale: NEVER_STALE_MS,
        update: options.heartbeatMs ?? LOCK_HEARTBEAT_MS,
        retries: 0,
        fs: lockFs(fs, owner),
        onCompromised: () => {
          lock.lost = true
          lock.onLost?.()
        }
      })
      held.set(path, { token: owner.token, count: 1, lock, unlock })
      return lock
    } catch (error) {
      if (errorCode(error) !== 'ELOCKED' && errorCode(error) !== 'EEXIST') throw error
    }
    let info: nodeFs.Stats
    try {
      info = fs.lstatSync(path)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') continue
      throw error
    }
    if (info.isFile() && legacyHolderAlive(fs, path)) return notAcquired('locked')
    if (info.isDirectory() && !isStale(fs, path, info.mtimeMs, staleMs)) {
      return notAcquired('locked', readOwner(fs, path))
    }
    const displaced = takeOver(fs, path, info, staleMs)
    if (displaced === false) return notAcquired('locked', readOwner(fs, path))
    if (displaced) {
      lock.tookOver = true
      log(`took over the data folder lock of ${displaced.host} pid ${displaced.pid} (no heartbeat)`)
    }
  }
  return notAcquired('locked', readOwner(fs, path))
}

async function releaseShared(path: string): Promise<void> {
  const entry = held.get(path)
  if (!entry) return
  entry.count -= 1
  if (entry.count > 0) return
  held.delete(path)
  // Removes the folder only while its owner record is ours (see lockFs): never a lock another process took.
  await entry.unlock().catch(() => undefined)
}
