/**
 * Builds the renderer's `window.api` from the contract over any transport. The preload passes
 * `ipcRenderer.invoke`; the e2e harness passes a Playwright binding to the real services. One code path, so
 * e2e exercises exactly the shape the app uses.
 */
import {
  contract,
  EVENT_NAMES,
  type Api,
  type AppEvents,
  type EventName,
  type Operation,
  type Result
} from './contract'

export type Invoke = (operation: Operation, payload: unknown) => Promise<unknown>
export type Subscribe = (name: EventName, listener: (...args: unknown[]) => void) => () => void

/** The api object: `api.reports.save({...})` calls `invoke('reports.save', {...})`. */
export function buildApi(invoke: Invoke, subscribe: Subscribe): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {}
  for (const operation of Object.keys(contract) as Operation[]) {
    const [namespace, method] = operation.split('.') as [string, string]
    api[namespace] ??= {}
    api[namespace][method] = async (input: unknown) => {
      try {
        return (await invoke(operation, input ?? {})) as Result<unknown>
      } catch {
        // The transport itself failed (main process gone, binding closed): still a typed result.
        return { ok: false, error: { code: 'internal', detail: 'transport' } }
      }
    }
  }
  const events: AppEvents = {
    on: (name: EventName, listener: (...args: never[]) => void) => {
      if (!EVENT_NAMES.includes(name)) throw new Error(`unknown event ${String(name)}`)
      return subscribe(name, listener as (...args: unknown[]) => void)
    }
  }
  return { ...api, events } as unknown as Api
}
