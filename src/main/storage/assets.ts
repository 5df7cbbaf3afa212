/**
 * Images beside the reports: assets/<sha256>.<ext>, content-addressed, so the same screenshot pasted twice is one
 * file and a name never points at other bytes. Written durably like the reports. Removal is the clean-up's work
 * (storage/asset-cleanup.ts), never a save's.
 */
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { isAssetName, MAX_IMAGE_BYTES, type ImageFormat } from '../../shared/images'
import type { StorageContext } from './context'
import type { DurableWriter } from './durable'
import { errorCode, type FsPort } from './fs-port'

/** The asset file name of `bytes`. */
export function assetNameOf(bytes: Uint8Array, format: ImageFormat): string {
  return `${createHash('sha256').update(bytes).digest('hex')}.${format}`
}

export class AssetStore {
  /** Names stored or asked for in this session: the clean-up never removes them (a save may be on its way). */
  readonly touched = new Set<string>()

  constructor(
    readonly folder: string,
    private readonly fs: FsPort,
    private readonly writer: DurableWriter
  ) {}

  /** Stores checked image bytes; returns the name. Existing content is not written twice. */
  async add(bytes: Uint8Array, format: ImageFormat): Promise<string> {
    const name = assetNameOf(bytes, format)
    this.touched.add(name)
    if (await this.has(name)) return name
    await this.fs.mkdir(this.folder, { recursive: true })
    await this.writer.write(join(this.folder, name), bytes)
    return name
  }

  async has(name: string): Promise<boolean> {
    if (!isAssetName(name)) return false
    try {
      return (await this.fs.lstat(join(this.folder, name))).isFile
    } catch {
      return false
    }
  }

  /** The bytes of one asset, or undefined when the name is malformed or the file is gone or not a regular file. */
  async read(name: string): Promise<Buffer | undefined> {
    if (!isAssetName(name)) return undefined
    try {
      return await this.fs.readRegular(join(this.folder, name), MAX_IMAGE_BYTES)
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTREG') return undefined
      throw error
    }
  }

  /** Asset files present, with their age (the clean-up spares new ones a save has not yet referenced). */
  async list(): Promise<{ name: string; mtimeMs: number }[]> {
    let names: string[]
    try {
      names = await this.fs.readdir(this.folder)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return []
      throw error
    }
    const found: { name: string; mtimeMs: number }[] = []
    for (const name of names.filter(isAssetName)) {
      const info = await this.fs.lstat(join(this.folder, name)).catch(() => undefined)
      if (info?.isFile) found.push({ name, mtimeMs: info.mtimeMs })
    }
    return found
  }

  async remove(name: string): Promise<void> {
    if (!isAssetName(name)) return
    await this.fs.unlink(join(this.folder, name)).catch(() => undefined)
  }
}

/** The storage context with the images: what the services that read or write images need. */
export interface AssetContext extends StorageContext {
  readonly assets: AssetStore
}
