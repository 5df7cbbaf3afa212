/** The fake api holds component tests to the contract in both directions: what they send and what they answer. */
import { describe, expect, it } from 'vitest'
import { callsOf, contractViolations, handlers } from './fake-api'
import { makeReport } from './render'

describe('the fake window.api', () => {
  it('refuses a payload main would refuse, before any handler runs', async () => {
    handlers['reports.get'] = () => ({ report: makeReport(), readOnly: false })
    const result = await window.api.reports.get({ id: '../../etc/passwd' })
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } })
    expect(callsOf('reports.get')).toEqual([])
  })

  it('catches an answer main could never give, and fails the test that gave it', async () => {
    // A summary where the contract wants a whole report (the cast is what a careless fake would do).
    handlers['reports.get'] = () => ({ report: { id: 'r1', title: 'x' }, readOnly: false }) as never
    const result = await window.api.reports.get({ id: 'r1' })
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(contractViolations).toHaveLength(1)
    expect(contractViolations[0]).toMatch(/^reports\.get answered what the contract does not allow/)
    contractViolations.length = 0
  })

  it('passes a valid answer on as a copy, as IPC does', async () => {
    const report = makeReport()
    handlers['reports.get'] = () => ({ report, readOnly: false })
    const result = await window.api.reports.get({ id: 'r1' })
    expect(result).toEqual({ ok: true, value: { report, readOnly: false } })
    expect(result.ok && result.value.report).not.toBe(report)
  })
})
