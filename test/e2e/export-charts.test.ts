/**
 * The Word export's key-figure charts through the real services in Chromium: a three-meeting series made from the
 * built-in template, the export dialog of the last report with "charts" on, axe on the dialog, the .docx written with
 * a chart part per figure whose alt text is in the report's language; the dialog photographed in fi, sv and en.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import type { Language } from '../../src/shared/model'
import { seriousAxeViolations } from './support/axe'
import { launchApp, type AppHarness } from './support/app'
import { createKeyFigureChain } from './support/key-figure-chain'

const WORDS: Record<Language, { button: string; option: string; export: string; chart: string }> = {
  fi: { button: 'Vie Word-tiedostoksi', option: 'Kaaviot tunnusluvuista', export: 'Vie', chart: 'Kuvaaja: ' },
  sv: {
    button: 'Exportera till Word',
    option: 'Diagram över nyckeltalen',
    export: 'Exportera',
    chart: 'Diagram: '
  },
  en: { button: 'Export to Word', option: 'Charts of the key figures', export: 'Export', chart: 'Chart: ' }
}

describe('key-figure charts in the Word export, in the browser', () => {
  let app: AppHarness | undefined
  let outDir: string | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
    if (outDir) await rm(outDir, { recursive: true, force: true })
  })

  it.each(['fi', 'sv', 'en'] as const)(
    'exports a chart per key figure of a three-meeting series, alt text in the report’s language (%s)',
    async (language) => {
      const words = WORDS[language]
      app = await launchApp({ viewport: { width: 1280, height: 900 } })
      const { page } = app
      await page.evaluate((uiLanguage) => window.api.settings.update({ uiLanguage }), language)
      const { titles } = await createKeyFigureChain(page, { language, meetings: 3, title: 'DESI' })
      await app.reload()
      await page.getByRole('button', { name: titles.at(-1), exact: true }).click()

      outDir = await mkdtemp(join(tmpdir(), 'tilannekuva-charts-'))
      const target = join(outDir, 'charts.docx')
      app.dialogAnswers.push(target)
      await page.getByRole('button', { name: words.button }).click()
      const dialog = page.getByRole('dialog', { name: words.button })
      await dialog.waitFor()
      const option = dialog.getByRole('checkbox', { name: words.option })
      await expect.poll(() => option.isChecked()).toBe(true)
      expect(await option.isEnabled()).toBe(true)
      expect(await seriousAxeViolations(page, '[role="dialog"]')).toEqual([])
      await app.screenshot(`export-charts-dialog-${language}`)
      await dialog.getByRole('button', { name: words.export, exact: true }).click()

      await expect
        .poll(
          () =>
            readFile(target).then(
              (b) => b.length,
              () => 0
            ),
          { timeout: 60_000 }
        )
        .toBeGreaterThan(0)
      const parts = unzipSync(await readFile(target))
      const charts = Object.keys(parts).filter((name) => /^word\/charts\/chart\d+\.xml$/.test(name))
      expect(charts.length).toBeGreaterThan(8)
      const document = strFromU8(parts['word/document.xml'] as Uint8Array)
      const names = [...document.matchAll(/<wp:docPr id="\d+" name="([^"]*)"/g)].map((m) => m[1] as string)
      expect(names).toHaveLength(charts.length)
      for (const name of names) expect(name.startsWith(words.chart)).toBe(true)
    },
    // Three meetings made through the real services and a full export: room for a loaded machine.
    300_000
  )
})
