/** The report operations as the renderer uses them, on a real data folder with spaces and Finnish letters. */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { realFs } from '../../../src/main/storage/fs-port'
import { reportSchema } from '../../../src/shared/model'
import { FIXTURES, faultyFs, fixtureReport, insert, manualClock, makeDataDir, open } from '../storage/helpers'

let dataDir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dataDir, cleanup } = await makeDataDir()))
afterEach(() => cleanup())

const readStored = async (id: string) =>
  reportSchema.parse(JSON.parse(await readFile(join(dataDir, 'reports', `${id}.json`), 'utf8')))

describe('saving', () => {
  it('bumps the revision, sets updatedAt, and refuses a stale base keeping the newer file', async () => {
    const clock = manualClock()
    const { services, context } = await open(dataDir, { now: clock.now })
    const report = await insert(context)
    clock.advance(5_000)
    const saved = await services['reports.save']({
      report: { ...report, title: 'Uusi otsikko' },
      baseRevision: 1
    })
    expect(saved).toEqual({ revision: 2, updatedAt: clock.now().toISOString() })

    // A second window still on revision 1 tries to save its older copy.
    const stale = services['reports.save']({ report: { ...report, title: 'Vanha ikkuna' }, baseRevision: 1 })
    await expect(stale).rejects.toMatchObject({ code: 'stale_revision' })
    expect((await readStored(report.id)).title).toBe('Uusi otsikko')
    expect((await services['reports.list']({})).reports[0]?.title).toBe('Uusi otsikko')
    await context.close()
  })

  it('writes only that report (not the index) when listing data did not change', async () => {
    const { services, context } = await open(dataDir)
    const report = await insert(context)
    const indexBefore = await readFile(join(dataDir, 'library.json'), 'utf8')
    const section = report.sections[0] as (typeof report.sections)[number]
    const edited = { ...report, sections: [{ ...section, owner: 'OKM' }, ...report.sections.slice(1)] }
    await services['reports.save']({ report: edited, baseRevision: 1 })
    expect(await readFile(join(dataDir, 'library.json'), 'utf8')).toBe(indexBefore)
    expect((await readStored(report.id)).sections[0]?.owner).toBe('OKM')
    await context.close()
  })
})

describe('disk faults', () => {
  for (const [code, expected] of [
    ['ENOSPC', 'disk_full'],
    ['EACCES', 'permission_denied'],
    ['EROFS', 'permission_denied'],
    ['EIO', 'io_error']
  ] as const) {
    it(`${code} on save → ${expected}, the file on disk undamaged, and a retry succeeds`, async () => {
      const first = await open(dataDir)
      const report = await insert(first.context)
      await first.context.close()
      const before = await readFile(join(dataDir, 'reports', `${report.id}.json`), 'utf8')
      for (let failFrom = 1; failFrom <= 3; failFrom += 1) {
        const { services, context } = await open(dataDir, { fs: faultyFs(code, failFrom) })
        const save = services['reports.save']({
          report: { ...report, title: 'Ei tallennu' },
          baseRevision: 1
        })
        await expect(save).rejects.toMatchObject({ code: expected })
        expect(await readFile(join(dataDir, 'reports', `${report.id}.json`), 'utf8')).toBe(before)
        expect((await readdir(join(dataDir, 'reports'))).filter((n) => n.endsWith('.tmp'))).toEqual([])
        await context.close()
      }
      const healthy = await open(dataDir)
      const retry = await healthy.services['reports.save']({
        report: { ...report, title: 'Nyt' },
        baseRevision: 1
      })
      expect(retry.revision).toBe(2)
      await healthy.context.close()
    })
  }
})

describe('trash', () => {
  it('deletes to the trash, restores, and purges after 30 days', async () => {
    const clock = manualClock()
    const { services, context } = await open(dataDir, { now: clock.now })
    const report = await insert(context, { id: 'poistettava', title: 'Poistettava' })
    await services['reports.delete']({ id: report.id })
    expect((await services['reports.list']({})).reports).toEqual([])
    expect(await services['reports.listTrash']({})).toEqual([
      { id: 'poistettava', title: 'Poistettava', deletedAt: clock.now().toISOString() }
    ])
    const summary = await services['reports.restore']({ id: 'poistettava' })
    expect(summary).toMatchObject({ id: 'poistettava', title: 'Poistettava' })
    expect((await services['reports.get']({ id: 'poistettava' })).report.title).toBe('Poistettava')
    expect(await services['reports.listTrash']({})).toEqual([])

    await services['reports.delete']({ id: report.id })
    await context.close()
    clock.advance(29 * 86_400_000)
    const stillThere = await open(dataDir, { now: clock.now })
    expect(await stillThere.services['reports.listTrash']({})).toHaveLength(1)
    await stillThere.context.close()
    clock.advance(2 * 86_400_000)
    const later = await open(dataDir, { now: clock.now })
    expect(await later.services['reports.listTrash']({})).toEqual([])
    expect(await readdir(join(dataDir, 'backups'))).toEqual([])
    await later.context.close()
  })
})

describe('backups', () => {
  it('keeps the last 20 saves a minute apart plus one a day for 30 days', async () => {
    const clock = manualClock('2026-01-01T10:00:00.000Z')
    const { services, context } = await open(dataDir, { now: clock.now })
    let report = await insert(context)
    const save = async () => {
      const result = await services['reports.save']({ report, baseRevision: report.revision })
      report = { ...report, ...result }
    }
    // 40 days, three saves a day, each two minutes apart; plus a burst of saves seconds apart.
    for (let day = 0; day < 40; day += 1) {
      for (let i = 0; i < 3; i += 1) {
        clock.advance(120_000)
        await save()
      }
      clock.advance(86_400_000 - 360_000)
    }
    for (let i = 0; i < 5; i += 1) {
      clock.advance(5_000)
      await save()
    }
    const backups = await services['reports.backups']({ id: report.id })
    const now = clock.now().getTime()
    const days = new Set(backups.map((b) => b.savedAt.slice(0, 10)))
    // Every one of the last 30 days has its backup; none older than 30 days beyond the newest 20.
    expect(days.size).toBeGreaterThanOrEqual(30)
    const older = backups.slice(20).filter((b) => now - Date.parse(b.savedAt) >= 30 * 86_400_000)
    expect(older).toEqual([])
    // The burst of saves seconds apart made no extra backups.
    const seconds = backups.filter((b) => now - Date.parse(b.savedAt) < 60_000)
    expect(seconds.length).toBeLessThanOrEqual(1)
    // Restoring one is a new revision on top, not an overwrite.
    const oldest = backups[backups.length - 1] as (typeof backups)[number]
    const restored = await services['reports.restoreBackup']({ id: report.id, backupId: oldest.backupId })
    expect(restored.revision).toBe(report.revision + 1)
    await context.close()
  })
})

describe('copies, import and export', () => {
  it('duplicates and renames as new revisions', async () => {
    const { services, context } = await open(dataDir)
    const report = await insert(context)
    const copy = await services['reports.duplicate']({ id: report.id })
    expect(copy.id).not.toBe(report.id)
    expect(copy.revision).toBe(1)
    expect(copy.title).toBe(`${report.title} (kopio)`)
    const renamed = await services['reports.rename']({ id: copy.id, title: 'Kopio marraskuulle' })
    expect(renamed.revision).toBe(2)
    const titles = (await services['reports.list']({})).reports.map((r) => r.title)
    expect(titles).toContain('Kopio marraskuulle')
    expect(titles).toContain(report.title)
    await context.close()
  })

  it('imports a file whose id exists under a new id, and refuses a bad file touching nothing', async () => {
    const answers = { open: join(FIXTURES, 'report-v2.json'), save: null as string | null }
    const { services, context } = await open(dataDir, {}, answers)
    const first = await services['reports.importFile']({})
    const second = await services['reports.importFile']({})
    expect(first?.id).toBe('r-kokous-2021')
    expect(second?.id).not.toBe('r-kokous-2021')
    expect(second?.title).toBe(first?.title)

    const files = await readdir(join(dataDir, 'reports'))
    answers.open = join(FIXTURES, 'invalid-schema.json')
    await expect(services['reports.importFile']({})).rejects.toMatchObject({ code: 'invalid_file' })
    answers.open = join(FIXTURES, 'all-nul.json')
    await expect(services['reports.importFile']({})).rejects.toMatchObject({ code: 'invalid_file' })
    expect(await readdir(join(dataDir, 'reports'))).toEqual(files)
    await context.close()
  })

  it('imports a version 1 file, migrated', async () => {
    const { services, context } = await open(
      dataDir,
      {},
      { open: join(FIXTURES, 'report-v1.json'), save: null }
    )
    const imported = await services['reports.importFile']({})
    expect(imported?.classification).toEqual({ level: 'secret', legalBasis: 'JulkL 24.1 § 7 k' })
    await context.close()
  })

  it('exports a report in the same format, under a name from its title', async () => {
    const answers = { open: null, save: null as string | null }
    const { services, context } = await open(dataDir, {}, answers)
    const report = await insert(context)
    answers.save = join(dataDir, 'Päätökset ja tilanne')
    const done = await services['reports.exportFile']({ id: report.id })
    expect(done?.path).toBe(join(dataDir, 'Päätökset ja tilanne.tilannekuva.json'))
    const exported = reportSchema.parse(JSON.parse(await readFile(done?.path as string, 'utf8')))
    expect(exported).toEqual(await context.loadReport(report.id))
    answers.save = null
    expect(await services['reports.exportFile']({ id: report.id })).toBeNull()
    await context.close()
  })
})

describe('search', () => {
  it('finds reports by title, meeting, notes and decisions, with or without ä and ö', async () => {
    const { services, context } = await open(dataDir)
    const base = await fixtureReport()
    await insert(context, { id: 'tunnistus' })
    const other = {
      ...base,
      id: 'muu',
      title: 'Talousarvio',
      meeting: { ...base.meeting, name: 'Budjettiriihi' }
    }
    await context.insertReport({ ...other, sections: [] })
    expect(await services['reports.search']({ query: 'tunnistautuminen' })).toEqual(['tunnistus'])
    expect(await services['reports.search']({ query: 'Säätytalo' })).toEqual(['tunnistus'])
    expect(await services['reports.search']({ query: 'saatytalo' })).toEqual(['tunnistus'])
    expect(await services['reports.search']({ query: 'hyvaksyttiin' })).toEqual(['tunnistus'])
    expect(await services['reports.search']({ query: 'talousarv' })).toEqual(['muu'])
    // Updated on save and delete without rebuilding.
    const report = await context.loadReport('muu')
    await services['reports.save']({
      report: { ...report, title: 'Pöytäkirja' },
      baseRevision: report.revision
    })
    expect(await services['reports.search']({ query: 'poytakirja' })).toEqual(['muu'])
    await services['reports.delete']({ id: 'tunnistus' })
    expect(await services['reports.search']({ query: 'Säätytalo' })).toEqual([])
    await context.close()
  })
})

describe('settings', () => {
  it('are kept in library.json across restarts', async () => {
    const first = await open(dataDir)
    await first.services['settings.update']({ uiLanguage: 'sv' })
    await first.context.close()
    const second = await open(dataDir)
    expect((await second.services['settings.get']({})).uiLanguage).toBe('sv')
    await second.context.close()
  })

  it('a corrupt user template is moved aside and the others still list', async () => {
    const { context } = await open(dataDir)
    await writeFile(join(dataDir, 'templates', 'rikki.json'), '{"id":')
    expect(await context.listUserTemplates()).toEqual([])
    expect((await readdir(join(dataDir, 'templates')))[0]).toMatch(/^rikki\.corrupt-/)
    await context.close()
  })
})

describe('quitting', () => {
  it('flush waits for a pending save but never longer than its bound', async () => {
    let release: () => void = () => undefined
    const stuck = new Promise<void>((resolve) => (release = resolve))
    let hang = false
    const slowFs = {
      ...realFs,
      rename: async (from: string, to: string) => {
        if (hang) await stuck
        await realFs.rename(from, to)
      }
    }
    const { services, context } = await open(dataDir, { fs: slowFs })
    const report = await insert(context)
    hang = true
    const save = services['reports.save']({ report: { ...report, title: 'Kesken' }, baseRevision: 1 })
    await context.flush(50)
    // The bound passed while the write was still stuck; once the disk answers, the save completes.
    release()
    expect((await save).revision).toBe(2)
    await context.flush()
    expect((await readStored(report.id)).title).toBe('Kesken')
    await context.close()
  })

  it('saving the open copy of a report whose file was found damaged writes it back', async () => {
    const { services, context } = await open(dataDir)
    const report = await insert(context)
    await writeFile(join(dataDir, 'reports', `${report.id}.json`), '{"schemaVersion": 2, "id"')
    await expect(services['reports.get']({ id: report.id })).rejects.toMatchObject({ code: 'corrupt_file' })
    const saved = await services['reports.save']({
      report: { ...report, title: 'Pelastettu' },
      baseRevision: 1
    })
    expect(saved.revision).toBe(2)
    expect((await readStored(report.id)).title).toBe('Pelastettu')
    expect((await services['reports.list']({})).problems).toEqual([])
    await context.close()
  })
})
