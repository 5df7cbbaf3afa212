/**
 * Bundled into an IIFE by global-setup and injected before the app loads: builds `window.api` with the same
 * buildApi() the preload uses, over a Playwright binding to the real services instead of ipcRenderer.
 */
import { buildApi } from '../../../src/shared/client'
import type { EventName } from '../../../src/shared/contract'

type Listener = (...args: unknown[]) => void
const listeners = new Map<EventName, Set<Listener>>()
const w = window as unknown as {
  __tkInvoke: (operation: string, payload: unknown) => Promise<unknown>
  __tkEmit: (name: EventName, ...args: unknown[]) => void
  api: unknown
}

w.__tkEmit = (name, ...args) => listeners.get(name)?.forEach((listener) => listener(...args))
w.api = buildApi(
  (operation, payload) => w.__tkInvoke(operation, payload),
  (name, listener) => {
    const set = listeners.get(name) ?? new Set<Listener>()
    listeners.set(name, set)
    set.add(listener)
    return () => set.delete(listener)
  }
)
