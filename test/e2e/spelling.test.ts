/**
 * Spell checking in the real renderer in Chromium: the worker, Voikko and Hunspell in WebAssembly under the app's
 * CSP, the editor's underline, suggestions by keyboard, undo, and the user's dictionary kept by the real services
 * across a restart of them. Photographed in fi, sv and en.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launchApp, type AppHarness } from './support/app'
import { openNewReport } from './support/report'
import type { Language } from '../../src/shared/model'

const NOTES = { fi: 'Muistiinpanot', sv: 'Anteckningar', en: 'Notes' } as const

const notes = (page: Page, language: Language = 'fi') => page.getByRole('textbox', { name: NOTES[language] })
const underlined = (page: Page) =>
  page.locator('[data-testid="notes-editor"] [aria-invalid="spelling"]').allTextContents()

describe('spell checking (e2e)', () => {
  let app: AppHarness | undefined
  const folders: string[] = []
  afterEach(async () => {
    await app?.close()
    app = undefined
    for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true })
  })

  it('underlines a Finnish misspelling, replaces it by keyboard, undoes, and keeps a dictionary word after a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tilannekuva-spell-'))
    folders.push(dataDir)
    app = await launchApp({ dataDir })
    let { page } = app
    await openNewReport(app, 'Oikeinkirjoitus', 'fi', { uiInLanguage: true })
    await notes(page).click()
    await page.keyboard.type('Asia käsitellään seuraavassa kokouksesa.')
    await expect.poll(() => underlined(page)).toEqual(['kokouksesa'])
    // A wavy line, not only a colour.
    const style = await page
      .locator('.spell-error')
      .first()
      .evaluate((node) => getComputedStyle(node).textDecorationStyle)
    expect(style).toBe('wavy')
    await notes(page).screenshot({ path: resolve('test-results/e2e/spelling-underline-fi.png') })

    // The cursor into the word, then Shift+F10: suggestions, the first focused.
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('Shift+F10')
    const menu = page.getByRole('menu', { name: 'Oikeinkirjoitus: kokouksesa' })
    await menu.waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('kokouksessa')
    await app.screenshot('spelling-menu-fi')
    await page.keyboard.press('Enter')
    await expect.poll(() => notes(page).textContent()).toBe('Asia käsitellään seuraavassa kokouksessa.')
    await expect.poll(() => underlined(page)).toEqual([])
    await expect.poll(() => notes(page).evaluate((node) => node.contains(document.activeElement))).toBe(true)
    await page.keyboard.press('Control+z')
    await expect.poll(() => notes(page).textContent()).toBe('Asia käsitellään seuraavassa kokouksesa.')
    await expect.poll(() => underlined(page)).toEqual(['kokouksesa'])

    // A word Voikko does not know, added to the user's dictionary from the context-menu key.
    await page.keyboard.press('End')
    await page.keyboard.type(' Kela-kortti käy.')
    await expect.poll(() => underlined(page)).toEqual(['kokouksesa', 'Kela-kortti'])
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ContextMenu')
    await page.getByRole('menuitem', { name: 'Lisää omaan sanakirjaan' }).click()
    await expect.poll(() => underlined(page)).toEqual(['kokouksesa'])
    await page.keyboard.press('Control+s')
    await page.locator('[data-save-state="saved"]').waitFor()

    // The services and the window start again on the same data folder: the word is still known.
    await app.close()
    app = await launchApp({ dataDir })
    page = app.page
    await page.getByRole('button', { name: 'Oikeinkirjoitus', exact: true }).first().click()
    await expect.poll(() => notes(page).textContent()).toContain('Kela-kortti käy.')
    await expect.poll(() => underlined(page)).toEqual(['kokouksesa'])
  })

  it('checks Swedish and English reports in their own language', async () => {
    app = await launchApp()
    const { page } = app
    const cases = [
      {
        language: 'sv',
        text: 'Regerinen beslutar om digitaliseringen.',
        wrong: 'Regerinen',
        menu: 'Stavning'
      },
      {
        language: 'en',
        text: 'The goverment decides on digitalisation.',
        wrong: 'goverment',
        menu: 'Spelling'
      }
    ] as const
    for (const { language, text, wrong, menu } of cases) {
      await openNewReport(app, `Rapport ${language}`, language, { uiInLanguage: true })
      await notes(page, language).click()
      await page.keyboard.type(text)
      await expect.poll(() => underlined(page)).toEqual([wrong])
      if (language === 'sv') {
        await page.keyboard.press('Home')
        for (let i = 0; i < text.indexOf(wrong) + 2; i++) await page.keyboard.press('ArrowRight')
        await page.keyboard.press('Shift+F10')
      } else {
        // By mouse: a right click on the underlined word.
        await page.locator('.spell-error').first().click({ button: 'right' })
      }
      await page.getByRole('menu', { name: `${menu}: ${wrong}` }).waitFor()
      await app.screenshot(`spelling-menu-${language}`)
      // The page stays visible behind the menu (a portal must not cover it).
      expect(
        await page.evaluate(() => document.elementFromPoint(900, 200)?.closest('[data-portal-node]'))
      ).toBeNull()
      // The menu opens where the word is; the page behind it does not move.
      expect(await page.evaluate(() => [window.scrollY, document.scrollingElement?.scrollTop])).toEqual([
        0, 0
      ])
      await expect.poll(() => notes(page, language).isVisible()).toBe(true)
      await page.keyboard.press('Escape')
      await page.getByRole('menu').waitFor({ state: 'detached' })
    }
  })
})
