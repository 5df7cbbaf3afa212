/**
 * The slice of `fs/promises` that storage uses, as an interface so tests can inject faults
 * (ENOSPC after N operations, EBUSY on rename) without touching the real disk's behaviour.
 */
import * as nodeFs from 'node:fs/promises'

export interface FileLike {
  writeFile(data: string | Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

export interface FsPort {
  open(path: string, flags: string): Promise<FileLike>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  readFile(path: string): Promise<Buffer>
  readdir(path: string): Promise<string[]>
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
  rm(path: string, options: { recursive: true; force: true }): Promise<void>
}

/** The real file system. */
export const realFs: FsPort = {
  open: (path, flags) => nodeFs.open(path, flags),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (path) => nodeFs.unlink(path),
  readFile: (path) => nodeFs.readFile(path),
  readdir: (path) => nodeFs.readdir(path),
  mkdir: (path, options) => nodeFs.mkdir(path, options),
  rm: (path, options) => nodeFs.rm(path, options)
}

/** The errno code of a Node error, if any. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined
}
