/** "Avaa esimerkki": the bundled example becomes a new, valid report in the library, every time with its own id. */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ServiceError } from '../../../src/shared/contract'
import { reportSchema, type Report } from '../../../src/shared/model'
import { EXAMPLE_FILE, exampleServices } from '../../../src/main/services/examples'
import type { ServiceDeps } from '../../../src/main/services/deps'
import type { StorageContext } from '../../../src/main/storage/context'

const FIXTURES = resolve('test/fixtures/storage')

/** A storage context that keeps inserted reports in memory; only insertReport is used by the service. */
function memoryContext(readOnly = false): StorageContext & { inserted: Report[] } {
  const inserted: Report[] = []
  const unused = () => Promise.reject(new Error('not used'))
  return {
    inserted,
    dataDir: '/nowhere',
    readOnly,
    loadReport: unused,
    insertReport: async (report) => {
      const stored = { ...report, revision: report.revision + 1 }
      inserted.push(stored)
      return stored
    },
    getSettings: () => ({ uiLanguage: 'fi', recentReportIds: [] }),
    updateSettings: unused,
    listUserTemplates: unused,
    saveUserTemplate: unused,
    deleteUserTemplate: unused,
    writeFileDurable: unused,
    flush: async () => {},
    close: async () => {}
  }
}

describe('reports.importExample', () => {
  let resourcesDir: string
  const deps = (): ServiceDeps => ({
    dataDir: '/nowhere',
    resourcesDir,
    appVersion: 'test',
    platform: 'linux',
    dialogs: { save: async () => null, open: async () => null },
    shell: { showItemInFolder: () => {}, openPath: async () => {}, openExternal: async () => {} },
    now: () => new Date('2026-11-26T10:00:00.000Z')
  })
  const putExample = async (text: string) => {
    await mkdir(join(resourcesDir, 'examples'), { recursive: true })
    await writeFile(join(resourcesDir, 'examples', EXAMPLE_FILE), text)
  }
  const codeOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'resolved',
      (error: unknown) => (error instanceof ServiceError ? error.code : String(error))
    )

  beforeEach(async () => {
    resourcesDir = await mkdtemp(join(tmpdir(), 'tk-examples-'))
  })
  afterEach(async () => rm(resourcesDir, { recursive: true, force: true }))

  it('inserts the example as a new report with a fresh id and timestamps, twice without clashing', async () => {
    const source = await readFile(join(FIXTURES, 'report-v2.json'), 'utf8')
    await putExample(source)
    const ctx = memoryContext()
    const service = exampleServices(deps(), ctx)['reports.importExample']

    const first = await service({})
    const second = await service({})

    const original = JSON.parse(source) as Report
    expect(first.id).not.toBe(original.id)
    expect(second.id).not.toBe(first.id)
    expect(first.title).toBe(original.title)
    expect(first.sections.length).toBe(original.sections.length)
    expect(first.createdAt).toBe('2026-11-26T10:00:00.000Z')
    expect(first.previousReportId).toBeUndefined()
    expect(ctx.inserted.map((report) => report.id)).toEqual([first.id, second.id])
    expect(reportSchema.safeParse(ctx.inserted[0]).success).toBe(true)
  })

  it('migrates an example written in an older file version', async () => {
    await putExample(await readFile(join(FIXTURES, 'report-v1.json'), 'utf8'))
    const report = await exampleServices(deps(), memoryContext())['reports.importExample']({})
    expect(report.schemaVersion).toBe(2)
    expect(typeof report.classification).toBe('object')
  })

  it('refuses a missing, damaged or invalid example without inserting anything', async () => {
    const ctx = memoryContext()
    const service = exampleServices(deps(), ctx)['reports.importExample']
    expect(await codeOf(service({}))).toBe('not_found')
    await putExample('{ "schemaVersion": 2, "title": ')
    expect(await codeOf(service({}))).toBe('invalid_file')
    await putExample(JSON.stringify({ schemaVersion: 2, title: 'no sections' }))
    expect(await codeOf(service({}))).toBe('invalid_file')
    await putExample(JSON.stringify({ schemaVersion: 99 }))
    expect(await codeOf(service({}))).toBe('newer_version')
    expect(ctx.inserted).toEqual([])
  })

  it('imports the example the app ships (resources/examples), with sections and notes to look at', async () => {
    const shipped = { ...deps(), resourcesDir: resolve('resources') }
    const report = await exampleServices(shipped, memoryContext())['reports.importExample']({})
    expect(reportSchema.safeParse(report).success).toBe(true)
    expect(report.title).not.toBe('')
    expect(report.sections.length).toBeGreaterThan(3)
  })

  it('writes nothing when the data folder is read-only', async () => {
    await putExample(await readFile(join(FIXTURES, 'report-v2.json'), 'utf8'))
    const ctx = memoryContext(true)
    expect(await codeOf(exampleServices(deps(), ctx)['reports.importExample']({}))).toBe('read_only')
    expect(ctx.inserted).toEqual([])
  })
})
