/**
 * Durable file writes. lowdb's default writer (steno) renames atomically but never fsyncs, so a power cut can
 * leave an empty or partial file. Here: a uniquely named temp file in the same folder, fsync it, rename over the
 * target, fsync the folder. One queue per file; data queued behind a running write is replaced by later data,
 * so a burst of saves costs at most two writes.
 */
import { basename, dirname, join } from 'node:path'
import { errorCode, realFs, type FileLike, type FsPort } from './fs-port'

export interface DurableOptions {
  fs?: FsPort
  /** `process.platform` unless a test pretends to be Windows. */
  platform?: string
  /** False only for the benchmark that measures what durability costs. */
  fsync?: boolean
  sleep?: (ms: number) => Promise<void>
}

const RENAME_RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES'])
const RENAME_ATTEMPTS = 8
let tempCounter = 0

/** True for the temp files this module creates (left behind only by a crash; removed on open). */
export function isTempFileName(name: string): boolean {
  return /^\..+\.tmp$/.test(name)
}

function tempPathFor(target: string): string {
  const random = Math.random().toString(36).slice(2, 8)
  tempCounter += 1
  return join(dirname(target), `.${basename(target)}.${process.pid}.${tempCounter}.${random}.tmp`)
}

const encoder = new TextEncoder()

/** UTF-8 bytes of the data. encodeInto is several times faster than Buffer.from for long text with ä and ö. */
function encode(data: string | Uint8Array): Uint8Array {
  if (typeof data !== 'string') return data
  const buffer = Buffer.allocUnsafe(data.length * 3)
  const { written } = encoder.encodeInto(data, buffer)
  return buffer.subarray(0, written)
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Rename, retried with backoff on Windows where antivirus or an indexer briefly holds the target open. */
async function renameWithRetry(fs: FsPort, from: string, to: string, options: DurableOptions): Promise<void> {
  const windows = (options.platform ?? process.platform) === 'win32'
  const sleep = options.sleep ?? defaultSleep
  for (let attempt = 1; ; attempt += 1) {
    try {
      await fs.rename(from, to)
      return
    } catch (error) {
      const retryable = windows && RENAME_RETRY_CODES.has(errorCode(error) ?? '')
      if (!retryable || attempt >= RENAME_ATTEMPTS) throw error
      await sleep(10 * 2 ** (attempt - 1))
    }
  }
}

/** Makes the rename itself durable. Windows cannot open a folder for fsync; NTFS journals the rename. */
async function syncFolder(fs: FsPort, folder: string, platform: string): Promise<void> {
  if (platform === 'win32') return
  const handle = await fs.open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Writes `data` to `target` so that after a crash the target holds either the old or the new content, whole. */
export async function writeFileDurable(
  target: string,
  data: string | Uint8Array,
  options: DurableOptions = {}
): Promise<void> {
  const fs = options.fs ?? realFs
  const fsync = options.fsync ?? true
  const temp = tempPathFor(target)
  let handle: FileLike | undefined
  try {
    handle = await fs.open(temp, 'wx')
    await handle.writeFile(encode(data))
    if (fsync) await handle.sync()
    const opened = handle
    handle = undefined
    await opened.close()
    await renameWithRetry(fs, temp, target, options)
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined)
    await fs.unlink(temp).catch(() => undefined)
    throw error
  }
  if (fsync) await syncFolder(fs, dirname(target), options.platform ?? process.platform)
}

interface Waiter {
  resolve: () => void
  reject: (error: unknown) => void
}

interface Slot {
  next?: { data: string | Uint8Array; waiters: Waiter[] }
  running?: Promise<void>
}

/** Per-file write queues over writeFileDurable. */
export class DurableWriter {
  private readonly slots = new Map<string, Slot>()

  constructor(private readonly options: DurableOptions = {}) {}

  /** Queues a write; resolves when this data (or later data for the same file) is on disk. */
  write(target: string, data: string | Uint8Array): Promise<void> {
    let slot = this.slots.get(target)
    if (!slot) {
      slot = {}
      this.slots.set(target, slot)
    }
    const queued = slot
    return new Promise<void>((resolve, reject) => {
      if (queued.next) {
        queued.next.data = data
        queued.next.waiters.push({ resolve, reject })
      } else {
        queued.next = { data, waiters: [{ resolve, reject }] }
      }
      if (!queued.running) queued.running = this.drain(target, queued)
    })
  }

  private async drain(target: string, slot: Slot): Promise<void> {
    while (slot.next) {
      const job = slot.next
      slot.next = undefined
      try {
        await writeFileDurable(target, job.data, this.options)
        job.waiters.forEach((waiter) => waiter.resolve())
      } catch (error) {
        job.waiters.forEach((waiter) => waiter.reject(error))
      }
    }
    this.slots.delete(target)
  }

  /** True while any write is queued or running. */
  get busy(): boolean {
    return this.slots.size > 0
  }

  /** Resolves when every queued write has finished (successfully or not). */
  async flush(): Promise<void> {
    while (this.slots.size > 0) {
      await Promise.all([...this.slots.values()].map((slot) => slot.running))
    }
  }
}
