/**
 * A file the user picks in a dialog is read only when it is a regular file within the cap: a named pipe (reading
 * it would hang), a 200 MB file or a report nested 700 deep is refused with a clear code, and nothing is stored.
 */
import { execFileSync } from 'node:child_process'
import { truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createServices } from '../../../src/main/services'
import { deepNotes } from '../../shared/deep'
import { depsFor, fixtureReport, makeDataDir } from '../storage/helpers'

let dataDir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dataDir, cleanup } = await makeDataDir()))
afterEach(() => cleanup())

async function servicesPicking(path: string) {
  return createServices(depsFor(dataDir, {}, { open: path, save: null }))
}

it('refuses a named pipe picked for any import, without hanging', async () => {
  const first = await createServices(depsFor(dataDir))
  await first.close()
  const pipe = join(dataDir, 'putki.json')
  execFileSync('mkfifo', [pipe])
  const services = await servicesPicking(pipe)
  await expect(services['reports.importFile']({})).rejects.toMatchObject({ code: 'invalid_file' })
  await expect(services['templates.importFile']({})).rejects.toMatchObject({ code: 'invalid_file' })
  await expect(services['templates.importDocx']({ language: 'fi' })).rejects.toMatchObject({
    code: 'not_docx'
  })
  await expect(services['export.pickTemplate']({})).rejects.toMatchObject({ code: 'not_docx' })
  expect((await services['reports.list']({})).reports).toEqual([])
  await services.close()
})

it('refuses an import over the cap and one nested 700 deep', async () => {
  const first = await createServices(depsFor(dataDir))
  await first.close()
  const huge = join(dataDir, 'valtava.tilannekuva.json')
  await writeFile(huge, '{')
  await truncate(huge, 200 * 1024 * 1024)
  const hugeImport = await servicesPicking(huge)
  await expect(hugeImport['reports.importFile']({})).rejects.toMatchObject({ code: 'invalid_file' })
  await hugeImport.close()

  const report = await fixtureReport()
  const deep = join(dataDir, 'syva.tilannekuva.json')
  const sections = report.sections.map((section) => ({ ...section, notes: deepNotes(700) }))
  await writeFile(deep, JSON.stringify({ ...report, sections }))
  const deepImport = await servicesPicking(deep)
  await expect(deepImport['reports.importFile']({})).rejects.toMatchObject({ code: 'invalid_file' })
  expect((await deepImport['reports.list']({})).reports).toEqual([])
  await deepImport.close()
})
