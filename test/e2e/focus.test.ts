/**
 * Issue 10, items 2 and 3: focus is never lost. After each dialog closes (Escape, Cancel, Close), after a report is
 * created, after F1 help and after an export, `document.activeElement` is the control a user would expect; Enter on
 * a radio chooses it and does not submit the dialog.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { launchApp, type AppHarness } from './support/app'

/** True when `locator` is the focused element. */
const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement)
const dialog = (page: Page) => page.getByRole('dialog')
const gone = (page: Page) => dialog(page).waitFor({ state: 'detached' })
/** Presses Enter on the focused control and waits until the dialog it opens has taken the focus. */
async function openDialog(page: Page): Promise<void> {
  await page.keyboard.press('Enter')
  await expect.poll(() => dialog(page).evaluate((el) => el.contains(document.activeElement))).toBe(true)
}

describe('focus after dialogs and actions (e2e)', () => {
  let app: AppHarness | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('returns to the invoker after create, trash, rename, help and export, and lands on a new report’s title', async () => {
    app = await launchApp()
    const { page } = app
    const create = page.getByRole('button', { name: 'Uusi tilannekuva mallipohjasta' })
    const trash = page.getByRole('button', { name: 'Roskakori' })

    // Create dialog, Escape and Cancel: back on the button that opened it.
    await create.focus()
    await openDialog(page)
    await page.keyboard.press('Escape')
    await gone(page)
    await expect.poll(() => isFocused(create), { message: 'after Escape' }).toBe(true)
    await openDialog(page)
    await dialog(page).getByRole('button', { name: 'Peruuta' }).focus()
    await page.keyboard.press('Enter')
    await gone(page)
    await expect.poll(() => isFocused(create), { message: 'after Cancel' }).toBe(true)

    // Enter on a radio leaves the dialog open (it used to create an untitled report).
    await openDialog(page)
    const blank = dialog(page).getByRole('radio', { name: 'Tyhjä tilannekuva' })
    await blank.focus()
    await page.keyboard.press('Space')
    await expect.poll(() => blank.isChecked()).toBe(true)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')
    await gone(page)
    // Had Enter submitted, a report would have been created and opened instead.
    await expect
      .poll(() => isFocused(create), { message: 'Enter on a radio submitted the dialog' })
      .toBe(true)

    // Trash: Close by its button.
    await trash.focus()
    await openDialog(page)
    await dialog(page).getByRole('button', { name: 'Sulje' }).focus()
    await page.keyboard.press('Enter')
    await gone(page)
    await expect.poll(() => isFocused(trash), { message: 'after trash Close' }).toBe(true)

    // Create a report: focus on its title.
    await create.focus()
    await openDialog(page)
    const fromTemplate = dialog(page).getByRole('radio', { name: 'Mallipohja' })
    await fromTemplate.focus()
    await page.keyboard.press('Space')
    await expect.poll(() => fromTemplate.isChecked()).toBe(true)
    await dialog(page)
      .getByRole('textbox', { name: /Otsikko/ })
      .fill('Fokus')
    await dialog(page).getByRole('button', { name: 'Luo tilannekuva' }).focus()
    await page.keyboard.press('Enter')
    const title = page.getByRole('heading', { level: 1, name: /Fokus/ })
    await expect.poll(() => isFocused(title), { message: 'on the new report’s title' }).toBe(true)

    // F1 from the notes, Escape: back in the notes.
    const notes = page.getByRole('textbox', { name: 'Muistiinpanot' })
    await notes.click()
    await page.keyboard.press('F1')
    await expect.poll(() => dialog(page).evaluate((el) => el.contains(document.activeElement))).toBe(true)
    await page.keyboard.press('Escape')
    await gone(page)
    await expect.poll(() => isFocused(notes), { message: 'after F1 help' }).toBe(true)

    // Export: when it is done, the focus is on the export button again.
    const exportButton = page.getByRole('button', { name: 'Vie Word-tiedostoksi' })
    app.dialogAnswers.push(join(app.dataDir, 'fokus.docx'))
    await exportButton.focus()
    await openDialog(page)
    // Enter on the checked language keeps the dialog open (it used to export).
    await dialog(page).getByRole('radio', { name: 'suomi' }).focus()
    await page.keyboard.press('Enter')
    await dialog(page).getByRole('button', { name: 'Vie', exact: true }).focus()
    await page.keyboard.press('Enter')
    await page.getByText('Viety: fokus.docx').waitFor()
    await expect.poll(() => isFocused(exportButton), { message: 'after the export' }).toBe(true)

    // Rename from a row's menu, Escape: back on that row's menu button.
    await page.getByRole('button', { name: 'Takaisin raporttiluetteloon' }).click()
    const rowMenu = page.getByRole('button', { name: 'Toiminnot: Fokus' })
    await rowMenu.focus()
    await page.keyboard.press('Enter')
    await page.getByRole('menuitem', { name: 'Nimeä uudelleen' }).waitFor()
    await page.keyboard.press('ArrowDown')
    await page.getByRole('menuitem', { name: 'Nimeä uudelleen' }).focus()
    await openDialog(page)
    await page.keyboard.press('Escape')
    await gone(page)
    await expect.poll(() => isFocused(rowMenu), { message: 'after rename Escape' }).toBe(true)
  })
})
