/** Every save is compare-and-swap against the revision in the file on disk, never the one remembered in memory. */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { faultyFs, insert, makeDataDir, open } from './helpers'

let dataDir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dataDir, cleanup } = await makeDataDir()))
afterEach(() => cleanup())

const onDisk = async (id: string) =>
  JSON.parse(await readFile(join(dataDir, 'reports', `${id}.json`), 'utf8')) as {
    title: string
    revision: number
  }

it('a second writer that cannot see the other (no shared lock, no shared memory) still gets stale_revision', async () => {
  const a = await open(dataDir)
  const report = await insert(a.context, { id: 'jaettu', title: 'Alku' })
  // Both have the report open at revision 1 (A has even saved it once, so it "knows" the revision).
  const b = await open(dataDir)
  const seenByA = (await a.services['reports.get']({ id: 'jaettu' })).report
  const seenByB = (await b.services['reports.get']({ id: 'jaettu' })).report
  expect(seenByA.revision).toBe(1)

  await b.services['reports.save']({ report: { ...seenByB, title: 'B:n muutos' }, baseRevision: 1 })
  await expect(
    a.services['reports.save']({ report: { ...seenByA, title: 'A:n muutos' }, baseRevision: 1 })
  ).rejects.toMatchObject({ code: 'stale_revision' })
  expect(await onDisk(report.id)).toMatchObject({ title: 'B:n muutos', revision: 2 })
  await a.context.close()
  await b.context.close()
})

it('reads the revision of a file written by hand (indented, another key order)', async () => {
  const { services, context } = await open(dataDir)
  const report = await insert(context, { id: 'kasin' })
  const { revision: _r, title: _t, ...rest } = report
  await writeFile(
    join(dataDir, 'reports', 'kasin.json'),
    JSON.stringify({ title: 'Käsin', ...rest, revision: 7 }, null, 2)
  )
  await expect(services['reports.save']({ report, baseRevision: 1 })).rejects.toMatchObject({
    code: 'stale_revision'
  })
  expect(
    await services['reports.save']({ report: { ...report, title: 'Tallennettu' }, baseRevision: 7 })
  ).toMatchObject({
    revision: 8
  })
  expect(await onDisk('kasin')).toMatchObject({ title: 'Tallennettu', revision: 8 })
  await context.close()
})

it('writes revision first in the file, so the next save reads it from the first bytes', async () => {
  const { services, context } = await open(dataDir)
  const report = await insert(context, { id: 'paa' })
  await services['reports.save']({ report, baseRevision: 1 })
  const text = await readFile(join(dataDir, 'reports', 'paa.json'), 'utf8')
  expect(text.startsWith('{"schemaVersion":2,"id":"paa","revision":2,')).toBe(true)
  await context.close()
})

it('settings.update writes first: after a disk-full failure memory still equals the file', async () => {
  const first = await open(dataDir)
  await first.services['settings.update']({ uiLanguage: 'fi' })
  await first.context.close()
  const { services, context } = await open(dataDir, { fs: faultyFs('ENOSPC', 1) })
  await expect(services['settings.update']({ uiLanguage: 'sv' })).rejects.toMatchObject({ code: 'disk_full' })
  expect((await services['settings.get']({})).uiLanguage).toBe('fi')
  const file = JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8')) as {
    settings: { uiLanguage: string }
  }
  expect(file.settings.uiLanguage).toBe('fi')
  await context.close()
})
