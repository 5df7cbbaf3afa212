/**
 * The slice of `fs/promises` that storage uses, as an interface so tests can inject faults
 * (ENOSPC after N operations, EBUSY on rename) without touching the real disk's behaviour.
 */
import { constants } from 'node:fs'
import * as nodeFs from 'node:fs/promises'

export interface FileLike {
  writeFile(data: string | Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

export interface EntryInfo {
  isFile: boolean
  size: number
  mtimeMs: number
}

export interface FsPort {
  open(path: string, flags: string): Promise<FileLike>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  readFile(path: string): Promise<Buffer>
  /**
   * Reads a regular file of at most `maxBytes`, or its first `maxBytes` when `head` is set. Never blocks on a
   * named pipe or a device: `ENOTREG` for anything but a regular file, `EFBIG` when it is larger than allowed.
   */
  readRegular(path: string, maxBytes: number, head?: boolean): Promise<Buffer>
  /** What the entry itself is (a symbolic link is not followed, so it is not a regular file). */
  lstat(path: string): Promise<EntryInfo>
  readdir(path: string): Promise<string[]>
  /** The names in a folder with whether each is a regular file (from the same call: no stat per entry). */
  readdirEntries(path: string): Promise<{ name: string; isFile: boolean }[]>
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
  rm(path: string, options: { recursive: true; force: true }): Promise<void>
}

/** An error with an errno-style code, as Node's own. */
export function codedError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code })
}

// O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW: a link swapped in after lstat is refused.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0)

async function readRegular(path: string, maxBytes: number, head = false): Promise<Buffer> {
  const entry = await nodeFs.lstat(path)
  if (!entry.isFile()) throw codedError('ENOTREG', 'not a regular file')
  if (!head && entry.size > maxBytes) throw codedError('EFBIG', 'file too large')
  const handle = await nodeFs.open(path, READ_FLAGS)
  try {
    // Checked again on the open handle: the entry may have been swapped between lstat and open.
    const info = await handle.stat()
    if (!info.isFile()) throw codedError('ENOTREG', 'not a regular file')
    const size = head ? Math.min(info.size, maxBytes) : info.size
    if (size > maxBytes) throw codedError('EFBIG', 'file too large')
    const buffer = Buffer.allocUnsafe(size)
    let filled = 0
    while (filled < size) {
      const { bytesRead } = await handle.read(buffer, filled, size - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return buffer.subarray(0, filled)
  } finally {
    await handle.close()
  }
}

/** The real file system. */
export const realFs: FsPort = {
  open: (path, flags) => nodeFs.open(path, flags),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (path) => nodeFs.unlink(path),
  readFile: (path) => nodeFs.readFile(path),
  readRegular,
  lstat: async (path) => {
    const info = await nodeFs.lstat(path)
    return { isFile: info.isFile(), size: info.size, mtimeMs: info.mtimeMs }
  },
  readdir: (path) => nodeFs.readdir(path),
  readdirEntries: async (path) =>
    (await nodeFs.readdir(path, { withFileTypes: true })).map((entry) => ({
      name: entry.name,
      isFile: entry.isFile()
    })),
  mkdir: (path, options) => nodeFs.mkdir(path, options),
  rm: (path, options) => nodeFs.rm(path, options)
}

/** The errno code of a Node error, if any. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined
}
