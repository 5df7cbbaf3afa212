/**
 * The log file for support: `<data folder>/logs/main.log`, rotated at 1 MB (one older file kept as main.old.log)
 * by electron-log. What goes in: start-ups, storage errors, refused permissions, navigations and requests with
 * the reason, lock takeovers. Never report contents: messages are the app's own sentences, and an error is
 * written as its name, code and stack frames, without its message (a JSON parse error quotes the file's text,
 * a file-system error names the file, whose name is a report title).
 */
import { join } from 'node:path'
import electronLog from 'electron-log/node'

export const LOG_MAX_BYTES = 1024 * 1024

export interface SupportLog {
  /** The folder Help → Open log folder shows. */
  readonly folder: string
  /** The log file itself. */
  readonly file: string
  write(message: string, error?: unknown): void
}

/** An error as the log shows it: name, errno code and system call, stack frames; never its message. */
export function describeError(error: unknown): string {
  if (error === null || error === undefined) return ''
  if (typeof error !== 'object') return typeof error
  const { name, code, syscall, stack } = error as Record<string, unknown>
  const head = [typeof name === 'string' ? name : 'Error', code, syscall]
    .filter(Boolean)
    .map(String)
    .join(' ')
  const frames = typeof stack === 'string' ? stack.split('\n').filter((line) => /^\s+at /.test(line)) : []
  return [head, ...frames.slice(0, 10)].join('\n')
}

/** The app's log in `dataDir/logs`. `echo` also prints to stderr (development). */
export function createSupportLog(dataDir: string, options: { echo?: boolean } = {}): SupportLog {
  const folder = join(dataDir, 'logs')
  const file = join(folder, 'main.log')
  const logger = electronLog.create({ logId: `tilannekuva:${file}` })
  logger.transports.file.resolvePathFn = () => file
  logger.transports.file.maxSize = LOG_MAX_BYTES
  logger.transports.console.level = options.echo ? 'info' : false
  // A full or read-only disk must not turn logging into a crash; electron-log reports it on stderr only.
  logger.errorHandler.stopCatching()
  return {
    folder,
    file,
    write(message, error) {
      try {
        const detail = describeError(error)
        if (error) logger.warn(detail ? `${message}\n${detail}` : message)
        else logger.info(message)
      } catch {
        // Logging is for support; it never stops the app.
      }
    }
  }
}
