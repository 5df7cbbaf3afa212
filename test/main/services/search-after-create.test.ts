/**
 * Search over the whole composed services: a report created after the index was built (from a template, or the
 * bundled example) is found by the next search, with or without ä/ö.
 */
import { resolve } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createServices } from '../../../src/main/services'
import { makeDataDir } from '../storage/helpers'

let dataDir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dataDir, cleanup } = await makeDataDir()))
afterEach(() => cleanup())

it('finds reports created after the first search', async () => {
  const services = await createServices({
    dataDir,
    resourcesDir: resolve('resources'),
    appVersion: 'test',
    platform: process.platform,
    dialogs: { save: async () => null, open: async () => null },
    shell: { showItemInFolder: () => {}, openPath: async () => {}, openExternal: async () => {} }
  })
  expect(await services['reports.search']({ query: 'lämpöpumppu' })).toEqual([])

  const created = await services['reports.create']({
    language: 'fi',
    templateId: 'digitalisation',
    title: 'Lämpöpumppuselvitys',
    carryNotes: false
  })
  expect(await services['reports.search']({ query: 'lampopumppuselvitys' })).toEqual([created.id])

  const example = await services['reports.importExample']({})
  const hits = await services['reports.search']({ query: example.title.split(' ')[0] ?? '' })
  expect(hits).toContain(example.id)
  await services.close()
})
