/**
 * keyFigures.history walks the meeting series back from a report through storage: all of it when whole, up to a
 * missing or unreadable predecessor, once round a cycle, and never past the length limit — and sends only what the
 * chart needs.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServices } from '../../../src/main/services'
import { dispatch } from '../../../src/main/dispatch'
import { keyFigureHistory } from '../../../src/main/services/key-figures'
import { ServiceError } from '../../../src/shared/contract'
import { KEY_FIGURE_CHAIN_LIMIT, snapshotOf } from '../../../src/shared/key-figures/history'
import type { Report } from '../../../src/shared/model'
import { report, section } from '../../fixtures/templates/reports'
import { fiveMeetings } from '../../shared/key-figures/chain'
import { depsFor, makeDataDir, open } from '../storage/helpers'

let dataDir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dataDir, cleanup } = await makeDataDir()))
afterEach(() => cleanup())

/** Stores the reports, then asks for the history of `id` through dispatch, as the window does. */
async function historyOf(reports: Report[], id: string, payload: unknown = { id }) {
  const storage = await open(dataDir)
  for (const one of reports) await storage.context.insertReport(one)
  await storage.context.close()
  const services = await createServices(depsFor(dataDir))
  try {
    return await dispatch(services, 'keyFigures.history', payload)
  } finally {
    await services.close()
  }
}

const ids = (result: Awaited<ReturnType<typeof historyOf>>) =>
  result.ok ? (result.value as { reports: { id: string }[] }).reports.map((r) => r.id) : result.error

describe('keyFigures.history over storage', () => {
  it('returns the whole series oldest first, each report reduced to its id, title, date and key figures', async () => {
    const meetings = fiveMeetings()
    const result = await historyOf(meetings, 'm5')
    expect(result).toEqual({ ok: true, value: { reports: meetings.map(snapshotOf), end: 'start' } })
    expect(ids(result)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5'])
    const first = result.ok ? (result.value as { reports: object[] }).reports[0] : {}
    expect(Object.keys(first ?? {}).sort()).toEqual(['figures', 'id', 'language', 'meetingDate', 'title'])
  })

  it('ends at a predecessor that is not in the library and says so', async () => {
    const meetings = fiveMeetings()
    const result = await historyOf(meetings.slice(2), 'm5')
    expect(ids(result)).toEqual(['m3', 'm4', 'm5'])
    expect(result.ok && (result.value as { end: string }).end).toBe('missing')
  })

  it('goes round a cycle once: each report appears once and the end is "cycle"', async () => {
    const meetings = fiveMeetings()
    const looped = [{ ...(meetings[0] as Report), previousReportId: 'm4' }, ...meetings.slice(1)]
    const result = await historyOf(looped, 'm5')
    expect(ids(result)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5'])
    expect(result.ok && (result.value as { end: string }).end).toBe('cycle')
  })

  it('answers not_found for a report that is not there, and bad_request for a payload that is not an id', async () => {
    expect(await historyOf([], 'nothing')).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await historyOf([], 'x', { id: '../reports/x' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' }
    })
  })
})

describe('keyFigureHistory bounds', () => {
  /** A chain r0 ← r1 ← … ← r(n-1) held in memory. */
  function memoryChain(length: number): Map<string, Report> {
    const reports = new Map<string, Report>()
    for (let i = 0; i < length; i += 1) {
      reports.set(`r${i}`, report(`r${i}`, [section('s')], i > 0 ? { previousReportId: `r${i - 1}` } : {}))
    }
    return reports
  }
  const loader = (reports: Map<string, Report>) => async (id: string) => {
    const found = reports.get(id)
    if (!found) throw new ServiceError('not_found')
    return found
  }

  it(`stops after ${KEY_FIGURE_CHAIN_LIMIT} reports, the newest ones, and says the limit was reached`, async () => {
    const history = await keyFigureHistory(loader(memoryChain(130)), 'r129')
    expect(history.reports).toHaveLength(KEY_FIGURE_CHAIN_LIMIT)
    expect(history.reports.at(-1)?.id).toBe('r129')
    expect(history.reports[0]?.id).toBe(`r${130 - KEY_FIGURE_CHAIN_LIMIT}`)
    expect(history.end).toBe('limit')
  })

  it('follows a chain of exactly the limit to its start', async () => {
    const history = await keyFigureHistory(
      loader(memoryChain(KEY_FIGURE_CHAIN_LIMIT)),
      `r${KEY_FIGURE_CHAIN_LIMIT - 1}`
    )
    expect(history.reports).toHaveLength(KEY_FIGURE_CHAIN_LIMIT)
    expect(history.end).toBe('start')
  })

  it('ends at a predecessor that cannot be read, keeping what came after it', async () => {
    const reports = memoryChain(4)
    const load = async (id: string) => {
      if (id === 'r1') throw new ServiceError('corrupt_file')
      return loader(reports)(id)
    }
    const history = await keyFigureHistory(load, 'r3')
    expect(history.reports.map((r) => r.id)).toEqual(['r2', 'r3'])
    expect(history.end).toBe('unreadable')
  })

  it('treats a report that names itself as its predecessor as a cycle', async () => {
    const self = report('self', [section('s')], { previousReportId: 'self' })
    const history = await keyFigureHistory(async () => self, 'self')
    expect(history).toMatchObject({ end: 'cycle', reports: [{ id: 'self' }] })
  })
})
