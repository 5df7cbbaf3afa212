/**
 * Closing the window without losing the last keystrokes: the first `close` is held, the renderer is asked to
 * flush its pending saves (`app:flush`), and the window closes when it answers `app.readyToClose` — or after a
 * bound (a hung renderer must not keep the window open forever).
 */

export interface CloseHandshakeOptions {
  /** Sends `app:flush` to the renderer. */
  requestFlush: () => void
  /** Work to finish before closing for real (remembering the window bounds); errors are ignored. */
  beforeClose?: () => Promise<void>
  /** Closes the window for real; the `close` event it fires is let through. */
  close: () => void
  timeoutMs?: number
}

export interface CloseHandshake {
  /** The window's `close` listener. */
  onClose(event: { preventDefault(): void }): void
  /** The renderer has flushed (app.readyToClose). */
  readyToClose(): void
}

export const FLUSH_TIMEOUT_MS = 3000

/** Creates the handshake for one window. */
export function createCloseHandshake(options: CloseHandshakeOptions): CloseHandshake {
  let state: 'open' | 'flushing' | 'closing' = 'open'
  let timer: ReturnType<typeof setTimeout> | undefined

  const finish = async (): Promise<void> => {
    if (state !== 'flushing') return
    state = 'closing'
    clearTimeout(timer)
    try {
      await options.beforeClose?.()
    } catch {
      // Remembering the window size is a nicety; it must never keep the window open.
    }
    options.close()
  }

  return {
    onClose(event) {
      if (state === 'closing') return
      event.preventDefault()
      if (state === 'flushing') return
      state = 'flushing'
      timer = setTimeout(() => void finish(), options.timeoutMs ?? FLUSH_TIMEOUT_MS)
      try {
        options.requestFlush()
      } catch {
        // The renderer is gone: nothing to flush.
        void finish()
      }
    },
    readyToClose() {
      void finish()
    }
  }
}
