/**
 * Start-up survives anything in the data folder: folders, named pipes, links, unreadable and oversized files in
 * reports/, notes nested 700 deep, an unreadable or half-valid library.json, an index older than the files.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, readdir, readFile, symlink, truncate, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { realFs, type FsPort } from '../../../src/main/storage/fs-port'
import { MAX_REPORT_FILE_BYTES } from '../../../src/shared/shape-guard'
import { deepNotes } from '../../shared/deep'
import { fixtureReport, insert, makeDataDir, open } from './helpers'

let dataDir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dataDir, cleanup } = await makeDataDir()))
afterEach(() => cleanup())

const reports = () => join(dataDir, 'reports')

/** A library with one good report, closed; the test then puts something into reports/ and opens it again. */
async function libraryWithOneReport(): Promise<void> {
  const first = await open(dataDir)
  await insert(first.context, { id: 'ehja', title: 'Ehjä raportti' })
  await first.context.close()
}

async function reopenAndList() {
  const opened = await open(dataDir)
  const listing = await opened.services['reports.list']({})
  return { ...opened, listing }
}

it('skips a folder named x.json and lists it as a problem; the rest opens', async () => {
  await libraryWithOneReport()
  await mkdir(join(reports(), 'x.json'))
  const { listing, context } = await reopenAndList()
  expect(listing.reports.map((r) => r.id)).toEqual(['ehja'])
  expect(listing.problems).toContainEqual(
    expect.objectContaining({ file: 'reports/x.json', kind: 'not_a_file' })
  )
  expect(context.readOnly).toBe(false)
  await context.close()
})

it('never opens a named pipe, so start-up does not hang', async () => {
  await libraryWithOneReport()
  execFileSync('mkfifo', [join(reports(), 'putki.json')])
  const { listing, context, services } = await reopenAndList()
  expect(listing.problems).toContainEqual(expect.objectContaining({ reportId: 'putki', kind: 'not_a_file' }))
  await expect(services['reports.get']({ id: 'putki' })).rejects.toMatchObject({ code: 'corrupt_file' })
  await context.close()
})

it('does not follow a link in reports/ (it could point anywhere)', async () => {
  await libraryWithOneReport()
  await symlink('/etc/passwd', join(reports(), 'linkki.json'))
  const { listing, context } = await reopenAndList()
  expect(listing.problems).toContainEqual(expect.objectContaining({ reportId: 'linkki', kind: 'not_a_file' }))
  await context.close()
})

it('lists a report file over the import cap (200 MB) as too large without reading it', async () => {
  await libraryWithOneReport()
  const huge = join(reports(), 'valtava.json')
  await writeFile(huge, '{')
  await truncate(huge, 200 * 1024 * 1024) // sparse: no disk is used
  const { listing, context, services } = await reopenAndList()
  expect(listing.reports.map((r) => r.id)).toEqual(['ehja'])
  expect(listing.problems).toContainEqual(expect.objectContaining({ reportId: 'valtava', kind: 'too_large' }))
  await expect(services['reports.get']({ id: 'valtava' })).rejects.toMatchObject({ code: 'corrupt_file' })
  // Left where it was: nothing is moved or deleted.
  expect(await readdir(reports())).toContain('valtava.json')
  expect(MAX_REPORT_FILE_BYTES).toBeLessThan(200 * 1024 * 1024)
  await context.close()
})

it('lists an unreadable report file as a problem instead of failing to start', async () => {
  await libraryWithOneReport()
  await writeFile(join(reports(), 'lukukielto.json'), JSON.stringify(await fixtureReport()))
  // Tests run as root, where chmod 000 does not stop reading: the refusal comes from the fs port.
  const denied = join(reports(), 'lukukielto.json')
  const fs: FsPort = {
    ...realFs,
    readRegular: async (path, max, head) => {
      if (path === denied) throw Object.assign(new Error('EACCES'), { code: 'EACCES' })
      return realFs.readRegular(path, max, head)
    }
  }
  const opened = await open(dataDir, { fs })
  const listing = await opened.services['reports.list']({})
  expect(listing.reports.map((r) => r.id)).toEqual(['ehja'])
  expect(listing.problems).toContainEqual(
    expect.objectContaining({ reportId: 'lukukielto', kind: 'unreadable' })
  )
  await expect(opened.services['reports.get']({ id: 'lukukielto' })).rejects.toMatchObject({
    code: 'permission_denied'
  })
  await opened.context.close()
})

it('refuses notes nested 700 deep as damaged before the schema runs, and keeps starting', async () => {
  await libraryWithOneReport()
  const report = await fixtureReport()
  const sections = report.sections.map((section, i) =>
    i === 0 ? { ...section, notes: deepNotes(700) } : section
  )
  await writeFile(join(reports(), 'syva.json'), JSON.stringify({ ...report, id: 'syva', sections }))
  const { listing, context } = await reopenAndList()
  expect(listing.reports.map((r) => r.id)).toEqual(['ehja'])
  expect(listing.problems).toContainEqual(
    expect.objectContaining({ reportId: 'syva', kind: 'invalid_schema' })
  )
  await context.close()
})

it('rebuilds the list when library.json cannot be read (here: a folder), and starts', async () => {
  await libraryWithOneReport()
  const { rm } = await import('node:fs/promises')
  await rm(join(dataDir, 'library.json'))
  await mkdir(join(dataDir, 'library.json'))
  const { listing, context } = await reopenAndList()
  expect(listing.reports.map((r) => r.id)).toEqual(['ehja'])
  expect(listing.problems).toContainEqual(expect.objectContaining({ kind: 'index_rebuilt' }))
  await context.close()
})

it('drops one invalid row of library.json and keeps the other rows and the settings', async () => {
  const first = await open(dataDir)
  await insert(first.context, { id: 'yksi', title: 'Ensimmäinen' })
  await insert(first.context, { id: 'kaksi', title: 'Toinen' })
  await first.services['settings.update']({ uiLanguage: 'sv', recentReportIds: ['yksi'] })
  await first.context.close()
  const index = JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8')) as {
    reports: Record<string, unknown>[]
    settings: Record<string, unknown>
  }
  index.reports.push({ id: '../../etc', title: 42 })
  index.settings.lastExportDir = 'not/absolute'
  await writeFile(join(dataDir, 'library.json'), JSON.stringify(index))
  const { listing, context, services } = await reopenAndList()
  expect(listing.reports.map((r) => r.title).sort()).toEqual(['Ensimmäinen', 'Toinen'])
  expect(listing.problems).toEqual([])
  expect(await services['settings.get']({})).toMatchObject({ uiLanguage: 'sv', recentReportIds: ['yksi'] })
  expect((await services['settings.get']({})).lastExportDir).toBeUndefined()
  await context.close()
})

it('after a crash, lists the title the report file holds when the index is older', async () => {
  const first = await open(dataDir)
  const report = await insert(first.context, { id: 'kaatui', title: 'Vanha otsikko' })
  await first.context.close()
  // As if the app saved the report and crashed before library.json caught up: the crash leaves its lock behind.
  await new Promise((resolve) => setTimeout(resolve, 20))
  const lock = join(dataDir, 'tilannekuva.lock')
  await mkdir(lock)
  await writeFile(
    join(lock, 'owner.json'),
    JSON.stringify({ host: 'kaatunut', pid: 1, since: '', token: 'x' })
  )
  const then = new Date(Date.now() - 60_000)
  await utimes(lock, then, then)
  await writeFile(
    join(reports(), 'kaatui.json'),
    JSON.stringify({
      ...report,
      title: 'Uusi otsikko',
      revision: 2,
      meeting: { ...report.meeting, name: 'Uusi kokous' }
    })
  )
  const { listing, context } = await reopenAndList()
  expect(listing.reports).toEqual([
    expect.objectContaining({ id: 'kaatui', title: 'Uusi otsikko', meetingName: 'Uusi kokous' })
  ])
  // And written back, so the next start lists it without reading the file again.
  const index = JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8')) as {
    reports: { title: string }[]
  }
  expect(index.reports.map((r) => r.title)).toEqual(['Uusi otsikko'])
  await context.close()
})
