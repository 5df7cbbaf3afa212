/** The iterative shape check that runs before zod: deep, huge, cyclic and non-plain data answer, never throw. */
import { describe, expect, it } from 'vitest'
import { checkShape, MAX_NESTING } from '../../src/shared/shape-guard'
import { deepArray, deepNotes } from './deep'

describe('checkShape', () => {
  it('accepts ordinary JSON data and returns it unchanged', () => {
    const data = { a: [1, 'kaksi', null, true, { b: [] }] }
    expect(checkShape(data)).toEqual({ ok: true, value: data })
    const copied = checkShape(data, { copy: true })
    expect(copied).toEqual({ ok: true, value: data })
    expect(copied.ok && copied.value).not.toBe(data)
  })

  it('refuses nesting deeper than the limit without overflowing the stack, even 100 000 deep', () => {
    expect(checkShape(deepArray(MAX_NESTING - 1)).ok).toBe(true)
    expect(checkShape(deepArray(MAX_NESTING + 1))).toMatchObject({ ok: false, problem: 'too_deep' })
    expect(checkShape(deepArray(100_000))).toMatchObject({ ok: false, problem: 'too_deep' })
    expect(checkShape(deepNotes(700))).toMatchObject({ ok: false, problem: 'too_deep' })
  })

  it('refuses a cycle (it is infinitely deep) and accepts a shared, non-cyclic object', () => {
    const cyclic: Record<string, unknown> = { name: 'a' }
    cyclic.self = cyclic
    expect(checkShape(cyclic, { copy: true })).toMatchObject({ ok: false, problem: 'too_deep' })
    const shared = { type: 'doc', content: [] }
    expect(checkShape({ a: shared, b: shared }, { copy: true }).ok).toBe(true)
  })

  it('refuses too many values and too much text', () => {
    expect(checkShape(new Array(50).fill(1), { maxValues: 20 })).toMatchObject({ problem: 'too_large' })
    expect(checkShape({ s: 'x'.repeat(2000) }, { maxTextLength: 1000 })).toMatchObject({
      problem: 'too_large'
    })
  })

  it('refuses class instances, functions, symbols, NaN and sparse arrays', () => {
    for (const value of [
      new Date(),
      new Map(),
      () => 1,
      Symbol('s'),
      NaN,
      Infinity,
      new Array(3),
      new Uint8Array(2)
    ]) {
      expect(checkShape({ value }), String(value)).toMatchObject({ ok: false, problem: 'not_plain' })
    }
    expect(checkShape(Object.create(null)).ok).toBe(true)
  })

  it('reads each property once when copying: a getter that throws or changes answers as unreadable or frozen', () => {
    const throwing = Object.defineProperty({}, 'x', {
      enumerable: true,
      get: () => {
        throw new Error('boom')
      }
    })
    expect(checkShape(throwing, { copy: true })).toMatchObject({ ok: false, problem: 'unreadable' })
    let reads = 0
    const changing = Object.defineProperty({}, 'x', { enumerable: true, get: () => (reads += 1) })
    const copied = checkShape(changing, { copy: true })
    expect(copied).toEqual({ ok: true, value: { x: 1 } })
    expect(reads).toBe(1)
  })

  it('answers for proxies whose traps throw or lie', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap')
        }
      }
    )
    expect(checkShape(hostile, { copy: true })).toMatchObject({ ok: false, problem: 'unreadable' })
    const prototypeLie = new Proxy({}, { getPrototypeOf: () => Date.prototype })
    expect(checkShape(prototypeLie)).toMatchObject({ ok: false, problem: 'not_plain' })
  })

  it('keeps a key named __proto__ as a plain key in the copy', () => {
    const data = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as unknown
    const copied = checkShape(data, { copy: true })
    expect(copied.ok && Object.getPrototypeOf(copied.value)).toBe(Object.prototype)
    expect(copied.ok && Object.keys(copied.value as object)).toEqual(['__proto__', 'a'])
  })
})
