import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCloseHandshake } from '../../src/main/close-handshake'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

function setup(beforeClose = vi.fn(async () => {})) {
  const requestFlush = vi.fn()
  const close = vi.fn()
  const handshake = createCloseHandshake({ requestFlush, close, beforeClose, timeoutMs: 3000 })
  const closeEvent = () => {
    const event = { preventDefault: vi.fn() }
    handshake.onClose(event)
    return event
  }
  return { handshake, requestFlush, close, beforeClose, closeEvent }
}

describe('closing the window', () => {
  it('holds the close until the renderer has flushed its saves', async () => {
    const { handshake, requestFlush, close, beforeClose, closeEvent } = setup()
    expect(closeEvent().preventDefault).toHaveBeenCalled()
    expect(requestFlush).toHaveBeenCalledTimes(1)
    expect(close).not.toHaveBeenCalled()
    handshake.readyToClose()
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(1))
    expect(beforeClose).toHaveBeenCalledTimes(1)
    // The close that follows is let through.
    expect(closeEvent().preventDefault).not.toHaveBeenCalled()
  })

  it('closes anyway when the renderer does not answer in time', async () => {
    const { requestFlush, close, closeEvent } = setup()
    closeEvent()
    closeEvent()
    expect(requestFlush).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(2999)
    expect(close).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(close).toHaveBeenCalledTimes(1)
  })

  it('ignores a readyToClose that nobody asked for', async () => {
    const { handshake, close } = setup()
    handshake.readyToClose()
    await vi.advanceTimersByTimeAsync(5000)
    expect(close).not.toHaveBeenCalled()
  })

  it('still closes when remembering the window bounds fails', async () => {
    const { handshake, close, closeEvent } = setup(vi.fn(async () => Promise.reject(new Error('read_only'))))
    closeEvent()
    handshake.readyToClose()
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(1))
  })

  it('waits for the user, past the flush bound, when the renderer reports changes it could not save', async () => {
    const close = vi.fn()
    let answer: (value: 'close' | 'stay') => void = () => undefined
    const askUnsaved = vi.fn(() => new Promise<'close' | 'stay'>((resolve) => (answer = resolve)))
    const handshake = createCloseHandshake({ requestFlush: vi.fn(), close, askUnsaved, timeoutMs: 3000 })
    handshake.onClose({ preventDefault: vi.fn() })
    const report = { title: 'Kokous' } as never
    handshake.readyToClose({ report })
    expect(askUnsaved).toHaveBeenCalledWith({ report })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(close).not.toHaveBeenCalled()
    answer('close')
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(1))
  })
})
