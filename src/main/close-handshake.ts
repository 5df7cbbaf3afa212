/**
 * Closing the window without losing the last keystrokes: the first `close` is held, the renderer is asked to
 * flush its pending saves (`app:flush`), and the window closes when it answers `app.readyToClose` — or after a
 * bound (a hung renderer must not keep the window open forever). When the renderer answers with changes it could
 * not save, the user is asked first (save a copy / stay / discard); staying keeps the window open.
 */
import type { Report } from '../shared/model'

/** What the renderer could not save: a whole, valid copy of the open report as the window shows it. */
export interface UnsavedWork {
  report: Report
}

export interface CloseHandshakeOptions {
  /** Sends `app:flush` to the renderer. */
  requestFlush: () => void
  /** Asks the user about changes that could not be saved: 'close' (copied or discarded) or 'stay'. */
  askUnsaved?: (unsaved: UnsavedWork) => Promise<'close' | 'stay'>
  /** Work to finish before closing for real (remembering the window bounds); errors are ignored. */
  beforeClose?: () => Promise<void>
  /** Closes the window for real; the `close` event it fires is let through. */
  close: () => void
  timeoutMs?: number
}

export interface CloseHandshake {
  /** The window's `close` listener. */
  onClose(event: { preventDefault(): void }): void
  /** The renderer has flushed (app.readyToClose), with what it could not save, if anything. */
  readyToClose(unsaved?: UnsavedWork): void
}

export const FLUSH_TIMEOUT_MS = 3000

/** Creates the handshake for one window. */
export function createCloseHandshake(options: CloseHandshakeOptions): CloseHandshake {
  let state: 'open' | 'flushing' | 'asking' | 'closing' = 'open'
  let timer: ReturnType<typeof setTimeout> | undefined

  const finish = async (): Promise<void> => {
    if (state !== 'flushing' && state !== 'asking') return
    state = 'closing'
    clearTimeout(timer)
    try {
      await options.beforeClose?.()
    } catch {
      // Remembering the window size is a nicety; it must never keep the window open.
    }
    options.close()
  }

  const ask = async (unsaved: UnsavedWork): Promise<void> => {
    state = 'asking'
    // The renderer has answered: the user now takes as long as they need.
    clearTimeout(timer)
    let answer: 'close' | 'stay' = 'stay'
    try {
      answer = (await options.askUnsaved?.(unsaved)) ?? 'close'
    } catch {
      // The question could not be asked: keeping the window (and the changes in it) is the safe answer.
    }
    if (answer === 'close') await finish()
    else state = 'open'
  }

  return {
    onClose(event) {
      if (state === 'closing') return
      event.preventDefault()
      if (state !== 'open') return
      state = 'flushing'
      timer = setTimeout(() => void finish(), options.timeoutMs ?? FLUSH_TIMEOUT_MS)
      try {
        options.requestFlush()
      } catch {
        // The renderer is gone: nothing to flush.
        void finish()
      }
    },
    readyToClose(unsaved) {
      if (state !== 'flushing') return
      if (unsaved && options.askUnsaved) void ask(unsaved)
      else void finish()
    }
  }
}
