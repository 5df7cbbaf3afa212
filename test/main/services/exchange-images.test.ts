/** The exchange file stays one file and carries its images: export in one data folder, import in another. */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { imageServices } from '../../../src/main/services/images'
import type { Report } from '../../../src/shared/model'
import { imageFixture } from '../../support/images'
import { insert, makeDataDir, open } from '../storage/helpers'

let folders: Array<{ dataDir: string; cleanup: () => Promise<void> }>
beforeEach(async () => (folders = [await makeDataDir(), await makeDataDir()]))
afterEach(async () => {
  for (const folder of folders) await folder.cleanup()
})

const withImage = (report: Report, asset: string): Report => ({
  ...report,
  sections: report.sections.map((section, i) =>
    i === 0
      ? {
          ...section,
          notes: {
            type: 'doc',
            content: [
              { type: 'image', attrs: { asset, alt: 'Kaavio', decorative: false, width: 480, height: 270 } }
            ]
          }
        }
      : section
  )
})

describe('the exchange file with images', () => {
  it('writes the images into the one file and an import elsewhere stores them under the same names', async () => {
    const [from, to] = folders as [(typeof folders)[0], (typeof folders)[0]]
    const file = join(from.dataDir, '..', 'vienti.tilannekuva.json')
    const source = await open(from.dataDir, {}, { open: null, save: file })
    const { asset } = await imageServices(source.context)['images.add']({
      data: imageFixture('chart.png').toString('base64')
    })
    const report = await insert(source.context, {})
    const saved = await source.services['reports.save']({ report: withImage(report, asset), baseRevision: 1 })
    expect(saved.revision).toBe(2)
    await source.services['reports.exportFile']({ id: report.id })
    const text = await readFile(file, 'utf8')
    expect(JSON.parse(text).assets).toEqual({ [asset]: imageFixture('chart.png').toString('base64') })
    await source.context.close()

    const target = await open(to.dataDir, {}, { open: file, save: null })
    const imported = await target.services['reports.importFile']({})
    expect(imported?.sections[0]?.notes.content?.[0]?.attrs?.['asset']).toBe(asset)
    expect(await readFile(join(to.dataDir, 'assets', asset))).toEqual(imageFixture('chart.png'))
    await target.context.close()
  })

  it('refuses bundled bytes that do not hash to their name, and still imports the report', async () => {
    const [from, to] = folders as [(typeof folders)[0], (typeof folders)[0]]
    const source = await open(from.dataDir)
    const report = await insert(source.context, {})
    await source.context.close()
    const forged = 'f'.repeat(64) + '.png'
    const file = join(from.dataDir, '..', 'vaarennetty.tilannekuva.json')
    await writeFile(
      file,
      JSON.stringify({
        ...withImage(report, forged),
        assets: { [forged]: imageFixture('chart.png').toString('base64') }
      })
    )
    const target = await open(to.dataDir, {}, { open: file, save: null })
    const imported = await target.services['reports.importFile']({})
    expect(imported?.title).toBe(report.title)
    expect(await readdir(join(to.dataDir, 'assets')).catch(() => [])).toEqual([])
    await target.context.close()
  })
})
