/**
 * A fake `window.api` for component tests: the app's own client (buildApi), and every payload a component sends is
 * parsed against the contract as main does, answered by per-test handlers. Import this module FIRST in a test
 * file: the renderer's api.ts reads window.api when it is first imported.
 */
import { buildApi } from '../../../src/shared/client'
import {
  contract,
  ServiceError,
  type EventName,
  type Operation,
  type ParsedInput,
  type OperationResult,
  type Result
} from '../../../src/shared/contract'

type Handlers = {
  [K in Operation]?: (input: ParsedInput<K>) => OperationResult<K> | Promise<OperationResult<K>>
}

/** What each test sets up: the operations it expects, and what they answer. */
export const handlers: Handlers = {}
/** Every call that passed the contract's parsing, in order. */
export const calls: Array<{ operation: Operation; input: unknown }> = []
const listeners = new Map<EventName, Set<(...args: unknown[]) => void>>()

/** What main's dispatch does (src/main is outside the renderer's tsconfig): parse, call, turn errors into codes. */
async function invoke(operation: Operation, payload: unknown): Promise<Result<unknown>> {
  const parsed = contract[operation].input.safeParse(payload)
  if (!parsed.success) return { ok: false, error: { code: 'bad_request', detail: parsed.error.message } }
  const handler = handlers[operation] as ((input: unknown) => unknown) | undefined
  if (!handler) return { ok: false, error: { code: 'unknown_operation', detail: operation } }
  calls.push({ operation, input: parsed.data })
  try {
    return { ok: true, value: (await handler(parsed.data)) ?? null }
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: { code: error.code } }
    throw error
  }
}

window.api = buildApi(invoke, (name, listener) => {
  const set = listeners.get(name) ?? new Set()
  set.add(listener)
  listeners.set(name, set)
  return () => set.delete(listener)
})

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
