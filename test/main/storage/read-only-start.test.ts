/**
 * A full or read-only disk at start-up: the app opens read-only with the true reason (not "another window"),
 * and leaves nothing behind (no empty lock).
 */
import * as nodeFs from 'node:fs'
import { mkdir, readdir } from 'node:fs/promises'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { realFs } from '../../../src/main/storage/fs-port'
import { fixtureReport, insert, makeDataDir, open } from './helpers'

let dataDir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dataDir, cleanup } = await makeDataDir()))
afterEach(() => cleanup())

const fault = (code: string) => Object.assign(new Error(`${code}: injected`), { code })

async function existingLibrary() {
  const first = await open(dataDir)
  const report = await insert(first.context, { id: 'raportti', title: 'Raportti' })
  await first.context.close()
  return report
}

it('a full disk while taking the lock opens read-only as disk_full, with no empty lock file left', async () => {
  const report = await existingLibrary()
  const lockFs = {
    openSync: ((path: nodeFs.PathLike, flags: nodeFs.OpenMode) => {
      if (String(path).includes('tilannekuva.lock')) throw fault('ENOSPC')
      return nodeFs.openSync(path, flags)
    }) as typeof nodeFs.openSync
  }
  const { services, context } = await open(dataDir, { lockFs })
  expect(context.readOnlyReason).toBe('disk_full')
  expect(await services['reports.get']({ id: report.id })).toMatchObject({
    readOnly: true,
    readOnlyReason: 'disk_full'
  })
  expect((await services['reports.list']({})).reports.map((r) => r.title)).toEqual(['Raportti'])
  await expect(services['settings.update']({ uiLanguage: 'sv' })).rejects.toMatchObject({ code: 'read_only' })
  expect((await readdir(dataDir)).filter((name) => name.includes('lock'))).toEqual([])
  await context.close()
})

it('a read-only folder opens read-only as folder_read_only, not as "another window"', async () => {
  const report = await existingLibrary()
  const lockFs = {
    mkdir: ((path: string, callback: (error: NodeJS.ErrnoException | null) => void) =>
      callback(fault('EROFS'))) as unknown as typeof nodeFs.mkdir
  }
  const { services, context } = await open(dataDir, { lockFs })
  expect(await services['reports.get']({ id: report.id })).toMatchObject({
    readOnly: true,
    readOnlyReason: 'folder_read_only'
  })
  await expect(services['reports.save']({ report, baseRevision: 1 })).rejects.toMatchObject({
    code: 'read_only',
    message: 'folder_read_only'
  })
  await context.close()
})

it('a full disk after the lock (creating the folders) gives the lock back and opens read-only', async () => {
  await mkdir(dataDir, { recursive: true })
  const fs = {
    ...realFs,
    mkdir: async (path: string, options: { recursive: true }) => {
      if (path.endsWith('reports')) throw fault('ENOSPC')
      return realFs.mkdir(path, options)
    }
  }
  const { context } = await open(dataDir, { fs })
  expect(context.readOnly).toBe(true)
  expect(context.readOnlyReason).toBe('disk_full')
  expect(await readdir(dataDir)).toEqual([])
  await context.close()
})

it('a new report cannot be created in a read-only folder', async () => {
  await existingLibrary()
  const lockFs = {
    mkdir: ((path: string, callback: (error: NodeJS.ErrnoException | null) => void) =>
      callback(fault('EACCES'))) as unknown as typeof nodeFs.mkdir
  }
  const { context } = await open(dataDir, { lockFs })
  await expect(context.insertReport(await fixtureReport())).rejects.toMatchObject({ code: 'read_only' })
  await context.close()
})
