/**
 * Issue 10, item 7: a day in the life, keyboard only, from the first run to the export: create a report from the
 * template, write notes, set a status, add a key figure, a decision and an action, find, export — asserting where
 * the focus is after every step. Then screenshots of every view at 1280×800 and 1024×768 in fi, sv and en.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { launchApp, type AppHarness } from './support/app'
import { describeFocus } from './support/report'

const focused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement)
const focusIn = (locator: Locator) => locator.evaluate((el) => el.contains(document.activeElement))

async function expectFocus(page: Page, locator: Locator, step: string): Promise<void> {
  await expect.poll(() => focused(locator), { message: step }).toBe(true)
  void describeFocus
}

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 }
] as const

async function shoot(app: AppHarness, name: string): Promise<void> {
  for (const size of SIZES) {
    await app.page.setViewportSize(size)
    await app.screenshot(`day-${name}-${size.width}x${size.height}`)
  }
  await app.page.setViewportSize(SIZES[0])
}

describe('a day in the life (e2e, keyboard only)', () => {
  let app: AppHarness | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('goes from an empty library to an exported report without a mouse, the focus always where expected', async () => {
    app = await launchApp()
    const { page } = app
    const press = (key: string) => page.keyboard.press(key)

    // First run: Tab reaches "Uusi tilannekuva mallipohjasta".
    const create = page.getByRole('button', { name: 'Uusi tilannekuva mallipohjasta' })
    await create.waitFor()
    for (let i = 0; i < 15 && !(await focused(create)); i++) await press('Tab')
    await expectFocus(page, create, 'Tab reaches the create button')
    await press('Enter')
    const dialog = page.getByRole('dialog')
    await expect.poll(() => focusIn(dialog), { message: 'create dialog takes the focus' }).toBe(true)
    const title = dialog.getByRole('textbox', { name: /Otsikko/ })
    for (let i = 0; i < 12 && !(await focused(title)); i++) await press('Tab')
    await expectFocus(page, title, 'Tab reaches the title field')
    await page.keyboard.type('Kansliapäälliköiden kokous')
    await press('Enter')

    // The new report: focus on its title; Tab on to the notes.
    const heading = page.getByRole('heading', { level: 1, name: /Kansliapäälliköiden kokous/ })
    await expectFocus(page, heading, 'new report’s title')
    const notes = page.getByRole('textbox', { name: 'Muistiinpanot' })
    for (let i = 0; i < 40 && !(await focused(notes)); i++) await press('Tab')
    await expectFocus(page, notes, 'Tab reaches the notes')
    await page.keyboard.type('Kokonaistilanne etenee. Tekoälyn käyttö laajenee.')
    // Escape leaves the notes for "Lisää tunnusluku"; Enter adds a key figure with the focus in its first cell.
    await press('Escape')
    await expectFocus(page, page.getByRole('button', { name: 'Lisää tunnusluku' }), 'Escape leaves the notes')
    await press('Enter')
    await expect
      .poll(() => describeFocus(page), { message: 'new key figure' })
      .toMatch(/^textarea:Mittari, rivi \d+$/)
    await page.keyboard.type('Tekoälyä käyttävät virastot')
    await press('Control+Shift+D')
    await expect.poll(() => describeFocus(page), { message: 'new decision' }).toMatch(/^textarea|^input/)
    await page.keyboard.type('Valmistellaan tekoälyn linjaus.')
    await press('Control+Shift+A')
    await expect.poll(() => describeFocus(page), { message: 'new action' }).toMatch(/^textarea|^input/)
    await page.keyboard.type('Kooste virastojen tekoälyhankkeista')

    // A status, by keyboard on the native select.
    const status = page.getByRole('combobox', { name: 'Tila', exact: true })
    await status.focus()
    await press('ArrowDown')
    await expect.poll(() => status.inputValue()).not.toBe('not_assessed')
    await expectFocus(page, status, 'status select keeps the focus')
    await shoot(app, 'section-fi')

    // Find: Ctrl+F, "tekoäly" → n / m, Enter moves on, Escape returns to the status field.
    await press('Control+f')
    const findBox = page.getByRole('searchbox', { name: 'Etsi raportista' })
    await expectFocus(page, findBox, 'Ctrl+F opens find')
    await page.keyboard.type('tekoäly')
    const count = page.locator('.find-count')
    await expect.poll(() => count.textContent()).toBe('1 / 6')
    await press('Enter')
    await expect.poll(() => count.textContent()).toBe('2 / 6')
    await press('Shift+Enter')
    await expect.poll(() => count.textContent()).toBe('1 / 6')
    await press('F3')
    await expect.poll(() => count.textContent()).toBe('2 / 6')
    await shoot(app, 'find-fi')
    await press('Escape')
    await expect.poll(() => page.locator('.find-bar').count()).toBe(0)
    await expectFocus(page, status, 'Escape closes find and returns')

    // Export by keyboard: Ctrl+S first, then the export button; focus back on it when done.
    await press('Control+s')
    const exportButton = page.getByRole('button', { name: 'Vie Word-tiedostoksi' })
    app.dialogAnswers.push(join(app.dataDir, 'kokous.docx'))
    await exportButton.focus()
    await press('Enter')
    await expect.poll(() => focusIn(dialog), { message: 'export dialog takes the focus' }).toBe(true)
    await shoot(app, 'export-dialog-fi')
    const exportNow = dialog.getByRole('button', { name: 'Vie', exact: true })
    for (let i = 0; i < 15 && !(await focused(exportNow)); i++) await press('Tab')
    await press('Enter')
    await page.getByText('Viety: kokous.docx').waitFor()
    await expectFocus(page, exportButton, 'after the export')
    await shoot(app, 'exported-fi')

    // The same views in Swedish and English.
    for (const [lang, findLabel] of [
      ['sv', 'Sök i rapporten'],
      ['en', 'Find in report']
    ] as const) {
      await page.evaluate(
        (l) =>
          (
            window as unknown as { api: { settings: { update: (i: unknown) => Promise<unknown> } } }
          ).api.settings.update({ uiLanguage: l }),
        lang
      )
      await app.reload()
      await page.getByRole('button', { name: 'Kansliapäälliköiden kokous', exact: true }).first().waitFor()
      await shoot(app, `library-${lang}`)
      await page.getByRole('button', { name: 'Kansliapäälliköiden kokous', exact: true }).first().click()
      await page.locator('nav.section-outline').waitFor()
      await shoot(app, `section-${lang}`)
      await press('Control+f')
      await page.getByRole('searchbox', { name: findLabel }).waitFor()
      await page.keyboard.type('tekoäly')
      await expect.poll(() => count.textContent()).toBe('1 / 6')
      await shoot(app, `find-${lang}`)
      await press('Escape')
    }
  })
})
