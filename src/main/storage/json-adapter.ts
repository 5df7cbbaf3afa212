/**
 * A lowdb adapter that writes through our DurableWriter (fsync + atomic rename) instead of steno,
 * and hands the raw text to a parser that decides what a bad file means.
 */
import type { Adapter } from 'lowdb'
import type { DurableWriter } from './durable'
import { errorCode, type FsPort } from './fs-port'

export class DurableJsonAdapter<T> implements Adapter<T> {
  constructor(
    private readonly path: string,
    private readonly writer: DurableWriter,
    private readonly fs: FsPort,
    /** Turns file text into data, throwing a typed error for a damaged file. */
    private readonly parse: (text: string) => T = (text) => JSON.parse(text) as T
  ) {}

  /** Null when the file does not exist. */
  async read(): Promise<T | null> {
    let text: string
    try {
      text = (await this.fs.readFile(this.path)).toString('utf8')
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null
      throw error
    }
    return this.parse(text)
  }

  async write(data: T): Promise<void> {
    await this.writer.write(this.path, JSON.stringify(data))
  }
}
