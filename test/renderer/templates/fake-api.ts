/**
 * A fake `window.api` for component tests: the app's own client (buildApi) over the real dispatch, so every payload a
 * component sends is parsed against the contract, answered by per-test handlers. Import this module FIRST in a test
 * file: the renderer's api.ts reads window.api when it is first imported.
 */
import { configure } from '@testing-library/react'
import { buildApi } from '../../../src/shared/client'
import { dispatch } from '../../../src/main/dispatch'
import {
  ServiceError,
  type EventName,
  type Operation,
  type ParsedInput,
  type OperationResult,
  type Services
} from '../../../src/shared/contract'

type Handlers = {
  [K in Operation]?: (input: ParsedInput<K>) => OperationResult<K> | Promise<OperationResult<K>>
}

/** What each test sets up: the operations it expects, and what they answer. */
export const handlers: Handlers = {}
/** Every call that passed the contract's parsing, in order. */
export const calls: Array<{ operation: Operation; input: unknown }> = []
const listeners = new Map<EventName, Set<(...args: unknown[]) => void>>()

const services = new Proxy({} as Services, {
  get: (_, operation: Operation) => async (input: unknown) => {
    const handler = handlers[operation] as ((input: unknown) => unknown) | undefined
    if (!handler) throw new ServiceError('unknown_operation', operation)
    calls.push({ operation, input })
    return handler(input)
  }
})

// Fluent's dialogs open through a motion; on a loaded 2-core machine that can outlast the default 1 s wait.
configure({ asyncUtilTimeout: 5000 })

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one. Layout is not what these tests check.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

window.api = buildApi(
  (operation, payload) => dispatch(services, operation, payload),
  (name, listener) => {
    const set = listeners.get(name) ?? new Set()
    set.add(listener)
    listeners.set(name, set)
    return () => set.delete(listener)
  }
)

/** Sends an event from "main" (app:flush, menu:command). */
export function emit(name: EventName, ...args: unknown[]): void {
  for (const listener of listeners.get(name) ?? []) listener(...args)
}

/** The inputs of the calls to one operation. */
export function callsOf<K extends Operation>(operation: K): ParsedInput<K>[] {
  return calls.filter((call) => call.operation === operation).map((call) => call.input as ParsedInput<K>)
}

/** Forgets handlers and calls between tests. */
export function resetFakeApi(): void {
  for (const key of Object.keys(handlers)) delete handlers[key as Operation]
  calls.length = 0
}

export { ServiceError }
