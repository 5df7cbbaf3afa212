/**
 * A lock file in the data folder, on top of Electron's single-instance lock (which a second user session, a CLI run
 * or a copy of the app with another userData does not see). A lock whose process is gone is stale and taken over.
 */
import { open, readFile, unlink } from 'node:fs/promises'
import { layoutOf } from './paths'
import { errorCode } from './fs-port'

export interface DataLock {
  /** False when another living process holds the folder: open read-only. */
  acquired: boolean
  /** Pid of the holder when not acquired. */
  holderPid?: number
  release(): Promise<void>
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

async function readHolder(path: string): Promise<number | undefined> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as { pid?: unknown }
    return typeof parsed.pid === 'number' ? parsed.pid : undefined
  } catch {
    return undefined
  }
}

/** Takes the data folder's lock, or reports who holds it. The same process may take it again (reentrant). */
export async function acquireDataLock(dataDir: string): Promise<DataLock> {
  const path = layoutOf(dataDir).lock
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await open(path, 'wx')
      await handle.writeFile(JSON.stringify({ pid: process.pid, since: new Date().toISOString() }))
      await handle.sync()
      await handle.close()
      return { acquired: true, release: () => unlink(path).catch(() => undefined) }
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error
    }
    const holder = await readHolder(path)
    if (holder === process.pid) return { acquired: true, release: async () => undefined }
    if (holder !== undefined && isAlive(holder))
      return { acquired: false, holderPid: holder, release: async () => {} }
    // Stale (dead pid) or unreadable (crash while writing the lock): take it over.
    await unlink(path).catch(() => undefined)
  }
  return { acquired: false, release: async () => {} }
}
