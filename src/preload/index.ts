/**
 * The preload: builds `window.api` from the contract over one IPC channel and exposes nothing else. It runs
 * sandboxed (CommonJS, only `electron` may be required); electron-vite bundles the shared client into it.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { buildApi, type Subscribe } from '../shared/client'
import { EVENT_CHANNEL, EVENT_NAMES, INVOKE_CHANNEL, type EventName } from '../shared/contract'

const subscribe: Subscribe = (name, listener) => {
  // One channel carries every event; each subscriber sees only the name it asked for, and only known names.
  const relay = (_event: IpcRendererEvent, eventName: unknown, ...args: unknown[]): void => {
    if (eventName === name && EVENT_NAMES.includes(eventName as EventName)) listener(...args)
  }
  ipcRenderer.on(EVENT_CHANNEL, relay)
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, relay)
  }
}

const api = buildApi(
  (operation, payload) => ipcRenderer.invoke(INVOKE_CHANNEL, operation, payload),
  subscribe
) satisfies Window['api']

contextBridge.exposeInMainWorld('api', api)
