/**
 * The section editor through the real services in Chromium: write a report section by section, reload, and find
 * everything on screen and on disk; paste from Word; walk it by keyboard only; axe and a screenshot.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { seriousAxeViolations } from './support/axe'
import { launchApp, type AppHarness } from './support/app'

const TITLE = 'Kansliapäälliköiden kokous marraskuu'

/** Creates a report from the built-in template and opens it from the library as a user would. */
async function openNewReport(app: AppHarness): Promise<string> {
  const { page } = app
  const id = await page.evaluate(async (title) => {
    const api = (window as unknown as { api: { reports: { create: (i: unknown) => Promise<unknown> } } }).api
    const result = (await api.reports.create({ language: 'fi', templateId: 'digitalisation', title })) as {
      ok: boolean
      value: { id: string }
    }
    if (!result.ok) throw new Error(JSON.stringify(result))
    return result.value.id
  }, TITLE)
  await app.reload()
  await openFromLibrary(page)
  return id
}

async function openFromLibrary(page: Page): Promise<void> {
  await page.getByRole('button', { name: TITLE, exact: true }).first().click()
  await page.getByRole('navigation', { name: 'Osiot' }).waitFor()
}

const outlineRow = (page: Page, name: RegExp) =>
  page.getByRole('navigation', { name: 'Osiot' }).getByRole('button', { name })
const notes = (page: Page) => page.getByRole('textbox', { name: 'Muistiinpanot' })

async function setStatus(page: Page, word: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Tila', exact: true }).selectOption({ label: word })
}

async function waitSaved(page: Page): Promise<void> {
  await page.keyboard.press('Control+s')
  await page.locator('[data-save-state="saved"]').waitFor()
}

describe('section editor (e2e)', () => {
  let app: AppHarness | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('keeps notes, links, nested lists, statuses, decisions and actions across a reload and on disk', async () => {
    app = await launchApp()
    const { page } = app
    const id = await openNewReport(app)

    // 1. Yhteenveto: a paragraph and a nested list typed the way officials do (markdown-style "- ", Tab).
    await notes(page).click()
    await page.keyboard.type('Kokonaistilanne etenee.')
    await page.keyboard.press('Enter')
    await page.keyboard.type('- Digikompassin tavoitteet')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Perustaidot 80 %')
    await setStatus(page, '✓ Etenee suunnitellusti')

    // 2. Kansainvälinen vertailu: a link via Ctrl+K.
    await notes(page).click()
    await page.keyboard.press('Alt+ArrowDown')
    await page.getByRole('heading', { level: 2, name: /^2\. / }).waitFor()
    await notes(page).click()
    await page.keyboard.type('DESI-vertailu: ')
    await page.keyboard.press('Control+k')
    await page.getByRole('textbox', { name: /Osoite/ }).fill('https://digital-strategy.ec.europa.eu')
    await page.keyboard.press('Enter')
    await page.getByRole('dialog').waitFor({ state: 'detached' })
    await setStatus(page, '▲ Kriittinen')

    // 3. A decision and two actions with the shortcuts.
    await outlineRow(page, /^.*3.*Hallitusohjelma/).click()
    await notes(page).click()
    await page.keyboard.type('Hankkeet etenevät aikataulussa.')
    await setStatus(page, '● Vaatii huomiota')
    await page.keyboard.press('Control+Shift+D')
    await page.keyboard.type('Valmistellaan rahoitusesitys.')
    await page.keyboard.press('Control+Shift+A')
    await page.keyboard.type('Kooste hankkeista')
    await page.keyboard.press('Tab')
    await page.keyboard.type('VM')
    await page.keyboard.press('Control+Shift+A')
    await page.keyboard.type('Lausuntopyyntö')
    await waitSaved(page)

    await app.reload()
    await openFromLibrary(page)
    const rows = page.getByRole('navigation', { name: 'Osiot' }).getByRole('listitem')
    await expect.poll(() => rows.nth(0).textContent()).toContain('Etenee suunnitellusti')
    await expect.poll(() => rows.nth(1).textContent()).toContain('Kriittinen')
    await expect.poll(() => rows.nth(2).textContent()).toContain('Vaatii huomiota')
    await expect.poll(() => rows.nth(3).textContent()).toContain('Ei muistiinpanoja')
    await expect.poll(() => notes(page).locator('ul > li > ul > li').textContent()).toBe('Perustaidot 80 %')
    await outlineRow(page, /Kansainvälinen/).click()
    await expect
      .poll(() => notes(page).locator('a').getAttribute('href'))
      .toBe('https://digital-strategy.ec.europa.eu')
    await app.screenshot('editor-figures-fi')
    await outlineRow(page, /Hallitusohjelma/).click()
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Päätös 1' }).inputValue())
      .toBe('Valmistellaan rahoitusesitys.')
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Toimenpide, toimenpide 2' }).inputValue())
      .toBe('Lausuntopyyntö')
    await app.screenshot('editor-fi')

    const file = (await app.readReportFile(id)) as {
      sections: Array<{
        status: string
        notes: unknown
        decisions: Array<{ text: string }>
        actions: unknown[]
      }>
    }
    expect(file.sections.slice(0, 3).map((s) => s.status)).toEqual([
      'on_track',
      'critical',
      'needs_attention'
    ])
    expect(JSON.stringify(file.sections[0]?.notes)).toMatch(/"bulletList".*"bulletList".*Perustaidot 80 %/)
    expect(JSON.stringify(file.sections[1]?.notes)).toContain(
      '"href":"https://digital-strategy.ec.europa.eu"'
    )
    expect(file.sections[2]?.decisions.map((d) => d.text)).toEqual(['Valmistellaan rahoitusesitys.'])
    expect(file.sections[2]?.actions).toMatchObject([
      { what: 'Kooste hankkeista', who: 'VM', state: 'open' },
      { what: 'Lausuntopyyntö', state: 'open' }
    ])
  })

  it('turns a Word list pasted into the notes into a real nested list, without the unsafe link', async () => {
    app = await launchApp()
    const { page } = app
    await openNewReport(app)
    await notes(page).click()
    const wordHtml = readFileSync(resolve('test/fixtures/paste/word-lists.html'), 'utf8')
    await page.evaluate((html) => {
      const target = document.querySelector('[data-testid="notes-editor"]') as HTMLElement
      const data = new DataTransfer()
      data.setData('text/html', html)
      data.setData('text/plain', 'Eettiset periaatteet lausunnolla')
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
      )
    }, wordHtml)
    const editor = notes(page)
    await editor.locator('ul > li > ul > li > ul > li').waitFor()
    await expect
      .poll(() => editor.locator('ul > li > ul > li > ul > li').textContent())
      .toBe('Vastaukset VM:lle')
    await expect.poll(() => editor.locator('ol > li').count()).toBe(2)
    expect(
      await editor.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    ).toEqual(['https://vm.fi/tekoaly'])
    await expect.poll(() => editor.innerHTML()).not.toMatch(/mso-|javascript|·/)
  })

  it('can be walked and operated by keyboard alone, has no serious axe violations, and looks calm', async () => {
    app = await launchApp()
    const { page } = app
    await openNewReport(app)
    // Tab from the top of the page into the outline.
    const inOutline = () =>
      page.evaluate(() => Boolean(document.activeElement?.closest('.section-outline ol')))
    await page.locator('body').focus()
    for (let i = 0; i < 40 && !(await inOutline()); i++) await page.keyboard.press('Tab')
    await expect.poll(() => inOutline()).toBe(true)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 2, name: /^2\. Kansainvälinen/ }).waitFor()
    await page.keyboard.press('Alt+ArrowDown')
    await page.getByRole('heading', { level: 2, name: /^3\. / }).waitFor()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-current')))
      .toBe('true')

    // On to the status picker and choose "Kriittinen" with the keyboard.
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '')
    const statusId = await page.getByRole('combobox', { name: 'Tila', exact: true }).getAttribute('id')
    for (let i = 0; i < 40 && (await focusedId()) !== statusId; i++) await page.keyboard.press('Tab')
    await expect.poll(() => focusedId()).toBe(statusId)
    // A native select: arrow keys change the value directly.
    await page.keyboard.press('End')
    await outlineRow(page, /Kriittinen/).waitFor()

    // On to the notes, and write.
    const inNotes = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'notes-editor')
    for (let i = 0; i < 40 && !(await inNotes()); i++) await page.keyboard.press('Tab')
    await page.keyboard.type('Kirjoitettu näppäimistöllä.')
    await expect.poll(() => notes(page).textContent()).toContain('Kirjoitettu näppäimistöllä.')

    await page.keyboard.press('F1')
    await page.getByRole('dialog', { name: 'Pikanäppäimet' }).waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('dialog').waitFor({ state: 'detached' })

    expect(await seriousAxeViolations(page)).toEqual([])
    await app.screenshot('editor-keyboard-fi')
  })
})
