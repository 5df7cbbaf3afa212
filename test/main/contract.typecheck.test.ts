/**
 * The contract at the type level: the client (buildApi → Api), the IPC handlers (Services) and createServices
 * must agree. This file is part of tsconfig.node.json, so a mismatch fails `npm run typecheck`; the
 * `@ts-expect-error` lines fail it too if a wrong shape ever stops being an error.
 */
import { describe, expect, expectTypeOf, it, vi } from 'vitest'
import { buildApi } from '../../src/shared/client'
import {
  contract,
  type Api,
  type OpenedReport,
  type OperationInput,
  type OperationResult,
  type ParsedInput,
  type Result,
  type Services
} from '../../src/shared/contract'
import type { createServices } from '../../src/main/services'
import type { registerIpc } from '../../src/main/ipc'
import type { Settings } from '../../src/shared/model'

describe('the typed contract', () => {
  it('the client built at run time has the shape of Api, and Api the shape of the contract', () => {
    const invoke = vi.fn(async () => ({ ok: true, value: null }))
    const api = buildApi(invoke, () => () => {})
    expectTypeOf(api).toEqualTypeOf<Api>()
    for (const operation of Object.keys(contract)) {
      const [namespace, method] = operation.split('.') as [keyof Api, string]
      expect(typeof (api[namespace] as unknown as Record<string, unknown>)[method], operation).toBe(
        'function'
      )
    }
  })

  it('client methods take the operation input and resolve to a Result of its output', () => {
    expectTypeOf<Parameters<Api['reports']['get']>[0]>().toEqualTypeOf<OperationInput<'reports.get'>>()
    expectTypeOf<ReturnType<Api['reports']['get']>>().toEqualTypeOf<Promise<Result<OpenedReport>>>()
    expectTypeOf<ReturnType<Api['settings']['get']>>().toEqualTypeOf<Promise<Result<Settings>>>()
    expectTypeOf<ReturnType<Api['app']['readyToClose']>>().toEqualTypeOf<Promise<Result<null>>>()

    const api = {} as Api
    // @ts-expect-error an id is a string
    void (() => api.reports.get({ id: 42 }))
    // @ts-expect-error extra fields are not part of the input
    void (() => api.reports.get({ id: 'r1', path: '/etc/passwd' }))
    // @ts-expect-error no such operation in the contract
    void (() => api.reports.nope({}))
  })

  it('services take the parsed input and resolve to the operation result', () => {
    expectTypeOf<Parameters<Services['reports.get']>[0]>().toEqualTypeOf<ParsedInput<'reports.get'>>()
    expectTypeOf<ReturnType<Services['export.docx']>>().toEqualTypeOf<
      Promise<OperationResult<'export.docx'>>
    >()

    // @ts-expect-error a handler that resolves to the wrong result type is not a service
    const wrongResult: Services['reports.get'] = async () => ({ report: null })
    // @ts-expect-error a services object missing an operation is not Services
    const missing: Services = { 'app.info': async () => ({}) as never }
    void wrongResult
    void missing
  })

  it('createServices yields what registerIpc binds', () => {
    type Created = Awaited<ReturnType<typeof createServices>>
    expectTypeOf<Created>().toExtend<Services>()
    expectTypeOf<Created>().toExtend<Parameters<typeof registerIpc>[1]>()
    expectTypeOf<Parameters<typeof registerIpc>[1]>().toEqualTypeOf<Services>()
  })
})
