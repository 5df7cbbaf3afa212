/**
 * The transport-free heart of IPC: given an operation name and a payload from outside, parse it as `unknown`
 * against the contract and call the service. Never throws, whatever the payload (nested a million deep, cyclic,
 * huge, a proxy, getters that throw): every failure is a typed error result without a stack.
 * ipc.ts adds the sender check for Electron; the e2e harness calls this directly.
 */
import { contract, ServiceError, type Operation, type Result, type Services } from '../shared/contract'
import { checkShape } from '../shared/shape-guard'

/** True when `name` is an operation of the contract (guards against `__proto__` and friends). */
export function isOperation(name: unknown): name is Operation {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name)
}

const INTERNAL: Result<never> = { ok: false, error: { code: 'internal' } }
/** Failures support wants to see in the log (the disk said no); the rest are ordinary answers. */
const LOGGED_CODES = new Set(['disk_full', 'permission_denied', 'io_error', 'corrupt_file', 'not_allowed'])

/** Parses and runs one operation. `log` receives unexpected errors (for the main log, never the renderer). */
export async function dispatch(
  services: Services,
  operation: unknown,
  payload: unknown,
  log: (message: string, error: unknown) => void = () => {}
): Promise<Result<unknown>> {
  const report = (message: string, error: unknown): void => {
    try {
      log(message, error)
    } catch {
      // A failing logger must not turn an answer into a throw.
    }
  }
  try {
    if (!isOperation(operation)) return { ok: false, error: { code: 'unknown_operation' } }
    // Iterative and bounded: zod recurses per level, and it then parses a plain copy that cannot change under it.
    const shape = checkShape(payload, { copy: true })
    if (!shape.ok) {
      report(`refused ${operation}: payload ${shape.problem}`, null)
      return { ok: false, error: { code: 'bad_request', detail: `payload ${shape.problem}` } }
    }
    const parsed = contract[operation].input.safeParse(shape.value)
    if (!parsed.success) {
      const first = parsed.error.issues[0]
      const where = first ? `${first.path.join('.')}: ${first.message}` : 'invalid'
      return { ok: false, error: { code: 'bad_request', detail: where.slice(0, 300) } }
    }
    try {
      const handler = services[operation] as (input: unknown) => Promise<unknown>
      const value = await handler(parsed.data)
      return { ok: true, value: value ?? null }
    } catch (error) {
      if (error instanceof ServiceError) {
        if (LOGGED_CODES.has(error.code)) report(`${operation}: ${error.code}`, null)
        return { ok: false, error: { code: error.code, detail: String(error.message).slice(0, 300) } }
      }
      report(`operation ${operation} failed`, error)
      return INTERNAL
    }
  } catch (error) {
    report('dispatch failed', error)
    return INTERNAL
  }
}
