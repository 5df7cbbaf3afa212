/**
 * Images in the notes through the real services in Chromium: a screenshot pasted as a bitmap, a JPEG dropped, a
 * WebP converted to PNG, a 6000 px photo scaled to 2000 px, a 0-byte and a corrupt file refused with a message and
 * nothing lost; alt text asked, its absence marked and listed before export; resize by keyboard; on disk only
 * asset names. Photographed in fi, sv and en.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { imageSize } from 'image-size'
import { seriousAxeViolations } from './support/axe'
import { launchApp, type AppHarness } from './support/app'

const TITLE = 'Kuvat muistiinpanoissa'
const fixture = (name: string) => [...readFileSync(resolve('test/fixtures/images', name))]
const TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' }
const typeOf = (name: string) => TYPES[name.split('.').pop() as string] ?? 'application/octet-stream'

async function openNewReport(app: AppHarness, language = 'fi'): Promise<string> {
  const { page } = app
  const id = await page.evaluate(
    async ([title, lang]) => {
      type Call = (input: unknown) => Promise<{ ok: boolean; value?: { id: string } }>
      const api = (window as unknown as { api: Record<string, Record<string, Call>> }).api
      await api.settings!.update!({ uiLanguage: lang })
      const result = await api.reports!.create!({ language: lang, templateId: 'digitalisation', title })
      if (!result.ok || !result.value) throw new Error(JSON.stringify(result))
      return result.value.id
    },
    [TITLE, language] as const
  )
  await app.reload()
  await page.getByRole('button', { name: TITLE, exact: true }).first().click()
  await page.locator('[data-testid="notes-editor"]').waitFor()
  return id
}

/** Pastes files into the notes as the system clipboard would (a screenshot is an image/png file, no text). */
async function pasteFile(page: Page, name: string, text = ''): Promise<void> {
  await page.locator('[data-testid="notes-editor"]').evaluate(
    (editor, [bytes, fileName, type, plain]) => {
      const data = new DataTransfer()
      data.items.add(
        new File([new Uint8Array(bytes as number[])], fileName as string, { type: type as string })
      )
      if (plain) data.setData('text/plain', plain as string)
      editor.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
      )
    },
    [fixture(name), name, typeOf(name), text] as const
  )
}

async function dropFile(page: Page, name: string): Promise<void> {
  await page.locator('[data-testid="notes-editor"]').evaluate(
    (editor, [bytes, fileName, type]) => {
      const data = new DataTransfer()
      data.items.add(
        new File([new Uint8Array(bytes as number[])], fileName as string, { type: type as string })
      )
      const box = editor.getBoundingClientRect()
      const at = { clientX: box.left + 10, clientY: box.bottom - 5 }
      editor.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, ...at })
      )
    },
    [fixture(name), name, typeOf(name)] as const
  )
}

const images = (page: Page) => page.locator('[data-testid="notes-editor"] img[data-asset]')
const altDialog = (page: Page) => page.getByRole('dialog')

async function answerAlt(page: Page, alt: string | 'decorative' | 'later'): Promise<void> {
  await altDialog(page).waitFor()
  if (alt === 'later') await altDialog(page).getByRole('button', { name: 'Myöhemmin' }).click()
  else if (alt === 'decorative') {
    await altDialog(page).getByRole('checkbox').check()
    await altDialog(page).getByRole('button', { name: 'Tallenna' }).click()
  } else {
    await altDialog(page).getByRole('textbox').fill(alt)
    await altDialog(page).getByRole('button', { name: 'Tallenna' }).click()
  }
  await altDialog(page).waitFor({ state: 'detached' })
}

const assetFiles = (app: AppHarness) => readdirSync(join(app.dataDir, 'assets')).sort()

describe('images in the notes (e2e)', () => {
  let app: AppHarness | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('pastes, drops, converts, scales and refuses images, asks for alt text and stores only asset names', async () => {
    app = await launchApp()
    const { page } = app
    const id = await openNewReport(app)
    await page.locator('[data-testid="notes-editor"]').click()
    await page.keyboard.type('Tilannekuva ennen kuvia.')

    // A screenshot arrives as a bitmap: stored, shown, alt text asked for.
    await pasteFile(page, 'chart.png')
    await answerAlt(page, 'Kaavio: sähköisen asioinnin käyttö')
    await expect.poll(() => images(page).count(), { timeout: 20_000 }).toBe(1)
    await expect
      .poll(() =>
        images(page)
          .first()
          .evaluate((img) => (img as HTMLImageElement).naturalWidth)
      )
      .toBe(480)
    expect(await images(page).first().getAttribute('alt')).toBe('Kaavio: sähköisen asioinnin käyttö')

    // A whiteboard photo dropped: decorative.
    await dropFile(page, 'whiteboard.jpg')
    await answerAlt(page, 'decorative')
    // A WebP (Word cannot hold it) becomes PNG; a 6000 px photo is scaled to 2000 px.
    await pasteFile(page, 'dashboard.webp')
    await answerAlt(page, 'Näkymä mittaristosta')
    await pasteFile(page, 'photo-6000.jpg')
    await answerAlt(page, 'later')
    await expect.poll(() => images(page).count(), { timeout: 20_000 }).toBe(4)

    const files = assetFiles(app)
    expect(files.filter((f) => f.endsWith('.png'))).toHaveLength(2)
    const jpgs = files.filter((f) => f.endsWith('.jpg'))
    expect(jpgs).toHaveLength(2)
    const sizes = jpgs.map((f) => imageSize(readFileSync(join(app!.dataDir, 'assets', f))))
    expect(sizes.map((s) => Math.max(s.width, s.height)).sort()).toEqual([2000, 640])

    // The image left without alt text is marked in words, in the editor.
    await expect
      .poll(() => page.getByRole('button', { name: /Kuvalta puuttuu vaihtoehtoinen teksti/ }).count())
      .toBe(1)

    // A 0-byte and a corrupt file: a clear message each, the notes as they were.
    await pasteFile(page, 'empty.png')
    await page.getByText(/Kuvaa empty\.png ei lisätty: tiedosto on tyhjä/).waitFor()
    await pasteFile(page, 'corrupt.png')
    await page.getByText(/Kuvaa corrupt\.png ei lisätty: sitä ei voitu lukea kuvana/).waitFor()
    expect(await images(page).count()).toBe(4)
    await expect.poll(() => page.getByText('Tilannekuva ennen kuvia.').count()).toBe(1)
    expect(assetFiles(app)).toEqual(files)

    // Resize by keyboard: the selected image shrinks, its aspect ratio kept.
    await images(page).first().click()
    await page.keyboard.press('Alt+ArrowLeft')
    await page.keyboard.press('Alt+ArrowLeft')
    const shown = () =>
      images(page)
        .first()
        .evaluate((img) => [img.style.width, img.style.height].join(' × '))
    await expect.poll(shown).toBe('389px × 219px')

    await page.keyboard.press('Control+s')
    await page.locator('[data-save-state="saved"]').waitFor()
    const stored = JSON.stringify(await app.readReportFile(id))
    expect(stored).not.toContain('data:')
    expect(stored.match(/"type":"image"/g)).toHaveLength(4)
    for (const file of files) expect(stored).toContain(file)
    expect(stored).toMatch(/"width":389,"height":219/)

    await app.screenshot('images-editor-fi')
    expect(await seriousAxeViolations(page)).toEqual([])

    // Before export: the image without alt text is listed.
    await page
      .getByRole('button', { name: /Vie Word-tiedostoksi/ })
      .first()
      .click()
    const listed = page.getByTestId('images-missing-alt')
    await listed.waitFor()
    const text = await listed.textContent()
    expect(text).toContain('Yhdeltä kuvalta puuttuu vaihtoehtoinen teksti')
    expect(text).toMatch(/Yhteenveto: kuva [1-4]$/)
    await app.screenshot('images-export-fi')
  }, 360_000)

  it.each(['sv', 'en'] as const)(
    'asks for alt text in %s',
    async (language) => {
      app = await launchApp()
      const { page } = app
      await openNewReport(app, language)
      await page.locator('[data-testid="notes-editor"]').click()
      await pasteFile(page, 'chart.png')
      await altDialog(page).waitFor()
      const title = language === 'sv' ? 'Bildens alternativtext' : 'Alt text of the image'
      expect(await altDialog(page).getByRole('heading').textContent()).toBe(title)
      await app.screenshot(`images-alt-dialog-${language}`)
      await altDialog(page)
        .getByRole('button', { name: language === 'sv' ? 'Senare' : 'Later' })
        .click()
      const marker = language === 'sv' ? /Bilden saknar alternativtext/ : /This image has no alt text/
      await page.getByRole('button', { name: marker }).waitFor()
      await app.screenshot(`images-editor-${language}`)
    },
    240_000
  )
})
