/**
 * dispatch never throws: random payloads for every operation of the contract, and hostile ones (deep, cyclic,
 * huge, proxies, getters, class instances), all answer a typed result over the real services.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/dispatch'
import { createServices } from '../../src/main/services'
import { contract, ERROR_CODES, type Operation, type Result } from '../../src/shared/contract'
import { deepArray } from '../shared/deep'
import { depsFor, makeDataDir } from './storage/helpers'

let services: Awaited<ReturnType<typeof createServices>>
let cleanup: () => Promise<void>
beforeAll(async () => {
  const made = await makeDataDir()
  cleanup = made.cleanup
  services = await createServices(depsFor(made.dataDir))
})
afterAll(async () => {
  await services.close()
  await cleanup()
})

const OPERATIONS = Object.keys(contract) as Operation[]

function expectTyped(result: Result<unknown>): void {
  expect(typeof result.ok).toBe('boolean')
  if (!result.ok) expect(ERROR_CODES).toContain(result.error.code)
}

/** Payloads no renderer should send but a compromised one could. */
function hostilePayloads(): unknown[] {
  const cyclic: Record<string, unknown> = { id: 'r1' }
  cyclic.self = cyclic
  const deepObject: Record<string, unknown> = {}
  let cursor = deepObject
  for (let i = 0; i < 100_000; i += 1) cursor = (cursor.next = {}) as Record<string, unknown>
  return [
    deepArray(200_000),
    { report: deepArray(50_000), baseRevision: 1 },
    deepObject,
    cyclic,
    { id: 'x'.repeat(50_000_000) },
    { query: 'a'.repeat(10_000_000) },
    Object.defineProperty({}, 'id', {
      enumerable: true,
      get: () => {
        throw new Error('getter')
      }
    }),
    new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap')
        },
        getPrototypeOf: () => {
          throw new Error('proto')
        }
      }
    ),
    new Proxy([], {
      get: () => {
        throw new Error('get')
      }
    }),
    new (class Payload {
      id = 'r1'
    })(),
    new Date(),
    new Map([['id', 'r1']]),
    Object.create({ id: 'inherited' }),
    JSON.parse('{"__proto__": {"polluted": true}, "id": "r1"}'),
    { id: 'con' },
    { id: '../../etc/passwd' },
    { report: { schemaVersion: 2, id: 'nul' }, baseRevision: -1 },
    undefined,
    null,
    Symbol('x'),
    () => 1,
    Number.NaN,
    BigInt(1)
  ]
}

describe('dispatch', () => {
  it('answers every operation with a typed result for hostile payloads', async () => {
    const payloads = hostilePayloads()
    for (const operation of OPERATIONS) {
      for (const payload of payloads) expectTyped(await dispatch(services, operation, payload))
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  }, 120_000)

  it('answers unknown and odd operation names with unknown_operation', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'reports', '', 42, null, {}]) {
      expect(await dispatch(services, name, {})).toEqual({ ok: false, error: { code: 'unknown_operation' } })
    }
  })

  it('never throws for random payloads of every operation (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...OPERATIONS),
        fc.oneof(
          fc.anything({
            maxDepth: 6,
            withBigInt: true,
            withDate: true,
            withMap: true,
            withSet: true,
            withTypedArray: true,
            withSparseArray: true,
            withNullPrototype: true
          }),
          fc.dictionary(
            fc.constantFrom(
              'id',
              'report',
              'baseRevision',
              'query',
              'path',
              'url',
              'template',
              'options',
              'language',
              'backupId',
              'title',
              'uiLanguage',
              'recentReportIds',
              'lastExportDir'
            ),
            fc.anything({ maxDepth: 4 })
          )
        ),
        async (operation, payload) => {
          expectTyped(await dispatch(services, operation, payload))
        }
      ),
      { numRuns: 400 }
    )
  }, 120_000)

  it('turns an unexpected failure into internal, logged, and a throwing logger changes nothing', async () => {
    const broken = {
      ...services,
      'reports.list': async () => {
        throw new TypeError('bug')
      }
    }
    const logged: string[] = []
    expect(await dispatch(broken, 'reports.list', {}, (message) => logged.push(message))).toEqual({
      ok: false,
      error: { code: 'internal' }
    })
    expect(logged).toEqual(['operation reports.list failed'])
    const throwingLog = () => {
      throw new Error('log broken')
    }
    expect(await dispatch(broken, 'reports.list', {}, throwingLog)).toMatchObject({ ok: false })
  })
})
