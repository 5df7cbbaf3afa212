/**
 * The one fake `window.api` for component tests, installed by test/renderer/setup.ts before any test file loads
 * (the renderer's api.ts reads window.api when it is first imported). It is the app's own client (buildApi);
 * every payload a component sends is parsed against the contract as main's dispatch does, and every answer a test's
 * handler gives is checked against the contract's result (result-schemas.ts), so a fake can never answer what
 * main could not. Answers cross a structured clone, as they do over IPC.
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
import { resultSchemas } from './result-schemas'

type Handlers = {
  [K in Operation]?: (input: ParsedInput<K>) => OperationResult<K> | Promise<OperationResult<K>>
}

/** What each test sets up: the operations it expects, and what they answer. Emptied before every test. */
export const handlers: Handlers = {}
/** Every call that passed the contract's parsing, in order. */
export const calls: Array<{ operation: Operation; input: unknown }> = []
/** Answers that broke the contract; setup.ts fails the test that caused one. */
export const contractViolations: string[] = []
const listeners = new Map<EventName, Set<(...args: unknown[]) => void>>()

/** What main's dispatch does (src/main is outside the renderer's tsconfig): parse, call, turn errors into codes. */
async function invoke(operation: Operation, payload: unknown): Promise<Result<unknown>> {
  const parsed = contract[operation].input.safeParse(payload)
  if (!parsed.success) return { ok: false, error: { code: 'bad_request', detail: parsed.error.message } }
  const handler = handlers[operation] as ((input: unknown) => unknown) | undefined
  if (!handler) return { ok: false, error: { code: 'unknown_operation', detail: operation } }
  calls.push({ operation, input: parsed.data })
  let value: unknown
  try {
    value = (await handler(parsed.data)) ?? null
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: { code: error.code } }
    throw error
  }
  const checked = resultSchemas[operation].safeParse(value)
  if (!checked.success) {
    contractViolations.push(
      `${operation} answered what the contract does not allow: ${checked.error.message}`
    )
    return { ok: false, error: { code: 'internal', detail: 'fake answer broke the contract' } }
  }
  return { ok: true, value: structuredClone(value) }
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

/** The inputs of the calls to one operation, as main received them (parsed). */
export function callsOf<K extends Operation>(operation: K): ParsedInput<K>[] {
  return calls.filter((call) => call.operation === operation).map((call) => call.input as ParsedInput<K>)
}

/** Forgets handlers, calls and listeners between tests (setup.ts runs it before each one). */
export function resetFakeApi(): void {
  for (const key of Object.keys(handlers)) delete handlers[key as Operation]
  calls.length = 0
  contractViolations.length = 0
}

export { ServiceError }
