/**
 * Issue 10, item 4: in the notes Tab/Shift+Tab indent and outdent list items, Escape leaves the editor for the next
 * control (and F1 says so), and nested list markers on screen are Word's: 1. a. i. and • ◦ ▪.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launchApp, type AppHarness } from './support/app'
import { openNewReport } from './support/report'

const notes = (page: Page) => page.getByRole('textbox', { name: 'Muistiinpanot' })

/** The marker style of each list at depth 1, 2, 3 of the given kind. */
function markers(page: Page, kind: 'ol' | 'ul'): Promise<string[]> {
  return notes(page).evaluate(
    (root, tag) =>
      [tag, `:is(ul, ol) > li > ${tag}`, `:is(ul, ol) > li > :is(ul, ol) > li > ${tag}`]
        .map((selector) => root.querySelector(`:scope > ${selector}`))
        .map((list) => (list ? getComputedStyle(list).listStyleType : 'missing')),
    kind
  )
}

describe('notes keys and list markers (e2e)', () => {
  let app: AppHarness | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('indents with Tab, outdents with Shift+Tab, shows Word’s markers and leaves on Escape', async () => {
    app = await launchApp()
    const { page } = app
    await openNewReport(app, 'Luettelot')
    await notes(page).click()
    await page.keyboard.type('1. Yksi')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Kaksi')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Kolme')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.type('Takaisin')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await page.keyboard.type('- Piste')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Ympyrä')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Neliö')

    await expect.poll(() => markers(page, 'ol')).toEqual(['decimal', 'lower-alpha', 'lower-roman'])
    await expect.poll(() => markers(page, 'ul')).toEqual(['disc', 'circle', 'square'])
    // Shift+Tab brought "Takaisin" back to the second level, beside "Kaksi".
    await expect
      .poll(() => notes(page).locator(':scope > ol > li > ol > li > p').allTextContents())
      .toEqual(['Kaksi', 'Takaisin'])
    await app.screenshot('notes-lists-fi')

    // Escape leaves the editor for the next control: the key figures' "Lisää tunnusluku".
    await page.keyboard.press('Escape')
    await expect
      .poll(() =>
        page.getByRole('button', { name: 'Lisää tunnusluku' }).evaluate((el) => el === document.activeElement)
      )
      .toBe(true)
    // Nothing was typed or lost on the way out.
    await expect.poll(() => notes(page).locator('li').last().textContent()).toBe('Neliö')

    await page.keyboard.press('F1')
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('Poistu muistiinpanoista')
  })
})
