/**
 * A lowdb adapter that writes through our DurableWriter (fsync + atomic rename) instead of steno,
 * and hands the raw text to a parser that decides what a bad file means.
 */
import type { Adapter } from 'lowdb'
import { MAX_REPORT_FILE_BYTES } from '../../shared/shape-guard'
import type { DurableWriter } from './durable'
import { errorCode, type FsPort } from './fs-port'

export class DurableJsonAdapter<T> implements Adapter<T | null> {
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
      // Never a pipe or a device, never more than a report may be (library.json is far smaller).
      text = (await this.fs.readRegular(this.path, MAX_REPORT_FILE_BYTES)).toString('utf8')
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null
      throw error
    }
    return this.parse(text)
  }

  async write(data: T | null): Promise<void> {
    if (data !== null) await this.writer.write(this.path, JSON.stringify(data))
  }
}
