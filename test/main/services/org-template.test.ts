/** @vitest-environment node */
/**
 * The organisation Word template can be remembered (issue 9 item 6): main copies the picked file into the data folder,
 * keeps its name in the settings and hands the renderer a token — never a path — in every later session, until the
 * user forgets it. The renderer cannot set the remembered template itself.
 */
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createServices } from '../../../src/main/services'
import { dispatch } from '../../../src/main/dispatch'
import { depsFor, makeDataDir } from '../storage/helpers'
import { docxParts } from '../export/docx-helpers'

const TEMPLATE = resolve(__dirname, '../../../resources/templates/esimerkkipohja.docx')
const OPTIONS = {
  includeEmptySections: false,
  includeOverview: true,
  includeActionList: true,
  includeGuidance: false,
  includeContents: false,
  includeCharts: false
}

let dataDir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dataDir, cleanup } = await makeDataDir()))
afterEach(() => cleanup())

it('remembers a picked template across sessions as a copy in the data folder, and forgets it', async () => {
  // The user's own file, somewhere outside the data folder (a share that may be offline later).
  const elsewhere = mkdtempSync(join(tmpdir(), 'share-'))
  const original = join(elsewhere, 'Ministeriön pohja.docx')
  copyFileSync(TEMPLATE, original)
  const first = await createServices(depsFor(dataDir, {}, { open: original, save: null }))
  expect(await first['export.rememberedTemplate']({})).toBeNull()
  const picked = await first['export.pickTemplate']({})
  const kept = await first['export.rememberTemplate']({ token: picked!.token })
  expect(kept).toEqual({ token: expect.any(String), name: 'Ministeriön pohja.docx', remembered: true })
  expect(JSON.stringify(kept)).not.toContain(dataDir)
  await first.close()
  unlinkSync(original)

  // Next session: the original is gone, the copy serves; the export uses it through the token.
  const outFile = join(elsewhere, 'vienti.docx')
  const second = await createServices(depsFor(dataDir, {}, { open: null, save: outFile }))
  const remembered = await second['export.rememberedTemplate']({})
  expect(remembered).toMatchObject({ name: 'Ministeriön pohja.docx', remembered: true })
  const created = await second['reports.create']({
    language: 'fi',
    templateId: 'meeting-status',
    carryNotes: false
  })
  await second['export.docx']({
    reportId: created.id,
    options: { ...OPTIONS, organisationTemplate: remembered!.token }
  })
  const parts = await docxParts(readFileSync(outFile))
  expect(parts['word/styles.xml']).toContain('w:ascii="Arial"')

  await second['export.forgetTemplate']({})
  expect(await second['export.rememberedTemplate']({})).toBeNull()
  expect(existsSync(join(dataDir, 'templates', 'org-template.docx'))).toBe(false)
  expect((await second['settings.get']({})).organisationTemplateName).toBeUndefined()
  // A token of the forgotten template no longer opens anything.
  await expect(
    second['export.docx']({
      reportId: created.id,
      options: { ...OPTIONS, organisationTemplate: remembered!.token }
    })
  ).rejects.toMatchObject({ code: 'not_allowed' })
  await second.close()
  rmSync(elsewhere, { recursive: true, force: true })
})

it('lets the renderer neither name the remembered template nor remember a file it was not handed', async () => {
  const services = await createServices(depsFor(dataDir))
  const viaSettings = await dispatch(services, 'settings.update', { organisationTemplateName: 'x.docx' })
  expect(viaSettings).toMatchObject({ ok: false, error: { code: 'bad_request' } })
  await expect(services['export.rememberTemplate']({ token: 'tuntematon' })).rejects.toMatchObject({
    code: 'not_allowed'
  })
  expect(await services['export.rememberedTemplate']({})).toBeNull()
  await services.close()
})

it('says nothing is remembered when the kept copy was damaged, and clears the setting', async () => {
  const first = await createServices(depsFor(dataDir, {}, { open: TEMPLATE, save: null }))
  const picked = await first['export.pickTemplate']({})
  await first['export.rememberTemplate']({ token: picked!.token })
  await first.close()
  writeFileSync(join(dataDir, 'templates', 'org-template.docx'), 'ei docx')
  const second = await createServices(depsFor(dataDir))
  expect(await second['export.rememberedTemplate']({})).toBeNull()
  expect((await second['settings.get']({})).organisationTemplateName).toBeUndefined()
  await second.close()
})
