/**
 * A cheap look at untrusted data before the zod schemas run. zod (and every recursive walk after it: the editor,
 * the exporter, JSON.stringify) recurses once per level, so a file or an IPC payload nested a few thousand levels
 * deep overflows the stack. This walk is iterative (an explicit stack, no recursion), bounded in depth, in the
 * number of values and in the total length of text, and it accepts only plain data: objects whose prototype is
 * Object.prototype or null, arrays, strings, finite numbers, booleans and null.
 *
 * One limit for everyone: report files at start-up, import, migrations, the IPC dispatcher and the editor.
 */

/** JSON nesting levels. A report needs about 10 plus two per level of notes (lists in lists); TipTap stays far below. */
export const MAX_NESTING = 128
/** Values (objects, arrays, strings, numbers…) in one document: a 200-section report of 110 000 words has ~200 000. */
export const MAX_VALUES = 5_000_000
/** The one size cap for a report file, at start-up and at import; also the cap on all text in one payload. */
export const MAX_REPORT_FILE_BYTES = 100 * 1024 * 1024

export type ShapeProblem = 'too_deep' | 'too_large' | 'not_plain' | 'unreadable'
export type ShapeCheck = { ok: true; value: unknown } | { ok: false; problem: ShapeProblem; path: string }

export interface ShapeLimits {
  maxNesting?: number
  maxValues?: number
  maxTextLength?: number
}

interface Frame {
  source: Record<string, unknown> | unknown[]
  target: Record<string, unknown> | unknown[] | undefined
  keys: string[]
  next: number
  depth: number
  path: string
}

class Refused extends Error {
  constructor(
    readonly problem: ShapeProblem,
    readonly path: string
  ) {
    super(problem)
  }
}

function isPlainContainer(value: object): boolean {
  if (Array.isArray(value)) return Object.getPrototypeOf(value) === Array.prototype
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * Walks `input` without recursion. With `copy`, returns a plain copy built from one read of each property, so
 * what zod parses afterwards cannot change under it (getters, proxies); without, returns `input` itself (for the
 * output of JSON.parse, which is plain already). Never throws.
 */
export function checkShape(input: unknown, options: ShapeLimits & { copy?: boolean } = {}): ShapeCheck {
  const maxNesting = options.maxNesting ?? MAX_NESTING
  const maxValues = options.maxValues ?? MAX_VALUES
  const maxText = options.maxTextLength ?? MAX_REPORT_FILE_BYTES
  const copy = options.copy === true
  let values = 0
  let text = 0
  const stack: Frame[] = []

  /** Accounts for one value; returns what goes into the copy (a new container is filled later). */
  const visit = (value: unknown, depth: number, path: string): unknown => {
    values += 1
    if (values > maxValues) throw new Refused('too_large', path)
    if (value === null || typeof value === 'boolean') return value
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Refused('not_plain', path)
      return value
    }
    if (typeof value === 'string') {
      text += value.length
      if (text > maxText) throw new Refused('too_large', path)
      return value
    }
    if (typeof value !== 'object') throw new Refused('not_plain', path)
    if (!isPlainContainer(value)) throw new Refused('not_plain', path)
    if (depth > maxNesting) throw new Refused('too_deep', path)
    const isArray = Array.isArray(value)
    const keys = isArray ? [] : Object.keys(value)
    const target = copy ? (isArray ? new Array<unknown>() : ({} as Record<string, unknown>)) : undefined
    stack.push({ source: value as Frame['source'], target, keys, next: 0, depth, path })
    return target
  }

  try {
    const root = visit(input, 1, '')
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as Frame
      const { source } = frame
      if (Array.isArray(source)) {
        if (frame.next >= source.length) {
          stack.pop()
          continue
        }
        const index = frame.next
        frame.next += 1
        // A hole or an array of a billion empty slots costs values too, so length alone cannot run away.
        const child = visit(source[index], frame.depth + 1, frame.path + '/' + index)
        if (frame.target) (frame.target as unknown[]).push(child)
      } else {
        if (frame.next >= frame.keys.length) {
          stack.pop()
          continue
        }
        const key = frame.keys[frame.next] as string
        frame.next += 1
        const value = source[key]
        if (value === undefined) continue
        const child = visit(value, frame.depth + 1, frame.path + '/' + key)
        // defineProperty: a key named "__proto__" stays a plain key instead of changing the copy's prototype.
        if (frame.target)
          Object.defineProperty(frame.target, key, {
            value: child,
            enumerable: true,
            writable: true,
            configurable: true
          })
      }
    }
    return { ok: true, value: copy ? root : input }
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem, path: error.path.slice(0, 200) }
    // A getter or a proxy trap threw (or the stack of a hostile proxy ran out): the data cannot be read.
    return { ok: false, problem: 'unreadable', path: '' }
  }
}
