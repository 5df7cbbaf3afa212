/** Bad files on disk: each is moved aside, a backup is offered, and the rest of the library keeps working. */
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ServiceError } from '../../../src/shared/contract'
import { FIXTURES, fixtureText, insert, manualClock, makeDataDir, open } from './helpers'

let dataDir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dataDir, cleanup } = await makeDataDir()))
afterEach(() => cleanup())

/** A library with two reports, the first of which has a backup; then its file is replaced by `fixture`. */
async function libraryWithDamagedReport(fixture: string) {
  const clock = manualClock()
  const first = await open(dataDir, { now: clock.now })
  const damaged = await insert(first.context, { id: 'vaurioitunut', title: 'Vaurioitunut' })
  clock.advance(120_000)
  await first.services['reports.save']({ report: { ...damaged, title: 'Vaurioitunut v2' }, baseRevision: 1 })
  const healthy = await insert(first.context, { id: 'ehja', title: 'Ehjä raportti' })
  await first.context.close()
  await copyFile(join(FIXTURES, fixture), join(dataDir, 'reports', 'vaurioitunut.json'))
  const second = await open(dataDir, { now: clock.now })
  return { ...second, healthy }
}

describe.each([
  ['invalid-json.json', 'invalid_json'],
  ['truncated.json', 'invalid_json'],
  ['all-nul.json', 'invalid_json'],
  ['invalid-schema.json', 'invalid_schema']
])('a report file that is %s', (fixture, kind) => {
  it('is moved aside unchanged, a backup is offered, the other report still opens', async () => {
    const { services, context, healthy } = await libraryWithDamagedReport(fixture)
    await expect(services['reports.get']({ id: 'vaurioitunut' })).rejects.toMatchObject({
      code: 'corrupt_file'
    })

    const names = await readdir(join(dataDir, 'reports'))
    const aside = names.find((name) => /^vaurioitunut\.corrupt-\d{8}T\d{9}Z\.json$/.test(name))
    expect(aside).toBeDefined()
    expect(await readFile(join(dataDir, 'reports', aside as string))).toEqual(await fixtureText(fixture))

    const listing = await services['reports.list']({})
    expect(listing.reports.map((r) => r.id)).toEqual(['ehja'])
    const problem = listing.problems.find((p) => p.reportId === 'vaurioitunut')
    expect(problem).toMatchObject({ kind, movedTo: `reports/${aside}` })
    expect(problem?.backupId).toBeDefined()

    expect((await services['reports.get']({ id: healthy.id })).report.title).toBe('Ehjä raportti')
    const restored = await services['reports.restoreBackup']({
      id: 'vaurioitunut',
      backupId: problem?.backupId as string
    })
    expect(restored.title).toBe('Vaurioitunut v2')
    expect((await services['reports.list']({})).problems).toEqual([])
    await context.close()
  })
})

it('opens a report from a newer version read-only and refuses to save it', async () => {
  const { services, context } = await libraryWithDamagedReport('newer-version.json')
  const opened = await services['reports.get']({ id: 'vaurioitunut' })
  expect(opened).toMatchObject({ readOnly: true, readOnlyReason: 'newer_version' })
  expect(opened.report).toMatchObject({ id: 'vaurioitunut', title: 'Tilannekuva 25.10.2021' })
  const save = services['reports.save']({ report: opened.report, baseRevision: opened.report.revision })
  await expect(save).rejects.toMatchObject({ code: 'newer_version' })
  // Not damaged: left exactly where and as it was.
  expect(await readFile(join(dataDir, 'reports', 'vaurioitunut.json'))).toEqual(
    await fixtureText('newer-version.json')
  )
  await context.close()
})

it('reports a listed report whose file is missing, and keeps listing the rest', async () => {
  const first = await open(dataDir)
  await insert(first.context, { id: 'kadonnut' })
  await insert(first.context, { id: 'ehja' })
  await first.context.close()
  await rm(join(dataDir, 'reports', 'kadonnut.json'))
  const { services, context } = await open(dataDir)
  const listing = await services['reports.list']({})
  expect(listing.reports.map((r) => r.id)).toEqual(['ehja'])
  expect(listing.problems).toHaveLength(1)
  expect(listing.problems[0]).toMatchObject({
    file: 'reports/kadonnut.json',
    kind: 'missing_file',
    reportId: 'kadonnut'
  })
  // The copy taken when it was created is offered.
  expect(listing.problems[0]?.backupId).toMatch(/-r1$/)
  await expect(services['reports.get']({ id: 'kadonnut' })).rejects.toMatchObject({ code: 'not_found' })
  await context.close()
})

it('rebuilds a damaged index from reports/, keeping the damaged one aside', async () => {
  const first = await open(dataDir)
  await insert(first.context, { id: 'yksi', title: 'Ensimmäinen' })
  await insert(first.context, { id: 'kaksi', title: 'Toinen' })
  await first.context.close()
  await copyFile(join(FIXTURES, 'library-damaged.json'), join(dataDir, 'library.json'))
  const { services, context } = await open(dataDir)
  const listing = await services['reports.list']({})
  expect(listing.reports.map((r) => r.title).sort()).toEqual(['Ensimmäinen', 'Toinen'])
  expect(listing.problems[0]).toMatchObject({ file: 'library.json', kind: 'index_rebuilt' })
  const aside = (await readdir(dataDir)).find((name) => name.startsWith('library.corrupt-'))
  expect(await readFile(join(dataDir, aside as string))).toEqual(await fixtureText('library-damaged.json'))
  // The rebuilt index is written, so the next start is clean.
  await context.close()
  const third = await open(dataDir)
  expect((await third.services['reports.list']({})).problems).toEqual([])
  await third.context.close()
})

it('lists a report file that the index does not know (crash between the two writes)', async () => {
  await mkdir(join(dataDir, 'reports'), { recursive: true })
  await copyFile(join(FIXTURES, 'report-v2.json'), join(dataDir, 'reports', 'r-kokous-2021.json'))
  const { services, context } = await open(dataDir)
  expect((await services['reports.list']({})).reports.map((r) => r.id)).toEqual(['r-kokous-2021'])
  await context.close()
})

it('removes temp files a crash left behind, but never a report', async () => {
  await mkdir(join(dataDir, 'reports'), { recursive: true })
  await writeFile(join(dataDir, 'reports', '.ehja.json.123.1.abc.tmp'), '{"half')
  await copyFile(join(FIXTURES, 'report-v2.json'), join(dataDir, 'reports', 'r-kokous-2021.json'))
  const { context } = await open(dataDir)
  expect(await readdir(join(dataDir, 'reports'))).toEqual(['r-kokous-2021.json'])
  await context.close()
})

it('a damaged report is never overwritten by loadReport callers such as export', async () => {
  const { context } = await libraryWithDamagedReport('truncated.json')
  const error = await context.loadReport('vaurioitunut').catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ServiceError)
  expect((error as ServiceError).code).toBe('corrupt_file')
  await context.close()
})
