/**
 * Key-figure fields in the section editor at 1024×768 with long texts, as officials write them: every indicator,
 * value, target, unit, year, source and previous value is readable in full on screen (no cut text shown only on
 * hover), nothing scrolls sideways, and the fields still work by keyboard. Photographed in fi, sv and en.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Language } from '../../src/shared/model'
import { launchApp, type AppHarness } from './support/app'
import { sidewaysScrollers } from './support/long-report'

const COLUMNS = ['indicator', 'value', 'target', 'unit', 'year', 'source'] as const
const FIGURE = {
  id: 'kf-long',
  indicator:
    'Niiden 16–74-vuotiaiden osuus, joilla on vähintään perustason digitaidot (Digitaalisen vuosikymmenen tavoite, DESI-indikaattori 1a1)',
  value: '82,0 % (ennakkotieto, päivittyy syksyllä 2025)',
  target: '80 % vuoteen 2030 mennessä (EU:n yhteinen tavoite)',
  unit: 'prosenttia väestöstä',
  year: '2024 (ennakkotieto), päivittyy 2025',
  source:
    'Euroopan komissio, Digital Decade Country Report 2024: Finland; Tilastokeskus, Väestön tieto- ja viestintätekniikan käyttö 2024; https://digital-strategy.ec.europa.eu/en/library/digital-decade-2024-country-reports',
  previousValue: '79,2 % (tarkistettu luku, Tilastokeskus 2023)'
}
const TITLE = 'Tunnuslukujen asettelu'

/** A report whose first section has the long key figure, saved through the real services. */
async function createReport(page: Page, language: Language): Promise<void> {
  await page.evaluate(
    async ({ figure, title, language }) => {
      const api = window.api
      const created = await api.reports.create({ language, templateId: 'digitalisation', title })
      if (!created.ok) throw new Error(JSON.stringify(created))
      const got = await api.reports.get({ id: created.value.id })
      if (!got.ok) throw new Error(JSON.stringify(got))
      const report = got.value.report
      report.sections[0] = { ...report.sections[0]!, keyFigures: [figure] }
      const saved = await api.reports.save({ report, baseRevision: report.revision })
      if (!saved.ok) throw new Error(JSON.stringify(saved))
    },
    { figure: FIGURE, title: TITLE, language }
  )
}

/** The fields (and the previous value) whose text does not fit their box, with their sizes, for the message. */
async function cutFields(page: Page): Promise<string[]> {
  return page.evaluate((columns) => {
    const cut: string[] = []
    const boxes = [
      ...columns.map((column) => document.getElementById(`figure-${column}-kf-long`)),
      document.querySelector('.figures-table .previous-value')
    ]
    for (const box of boxes) {
      if (!(box instanceof HTMLElement)) {
        cut.push('missing field')
        continue
      }
      const rect = box.getBoundingClientRect()
      const wide = box.scrollWidth > box.clientWidth + 1
      const tall = box.scrollHeight > box.clientHeight + 1
      const outside = rect.right > document.documentElement.clientWidth
      if (wide || tall || outside) {
        cut.push(
          `${box.id || box.className}: ${box.scrollWidth}×${box.scrollHeight} in ${box.clientWidth}×${box.clientHeight}, right ${Math.round(rect.right)}`
        )
      }
    }
    return cut
  }, COLUMNS)
}

/** Scrolls the key figures to the top of the section pane, for the measurement and the photograph. */
async function showFigures(page: Page): Promise<void> {
  const heading = page.locator('#figures-heading')
  await heading.waitFor()
  await heading.evaluate((element) => element.scrollIntoView({ block: 'start' }))
}

describe('key-figure fields in the section editor at 1024×768', () => {
  let app: AppHarness | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('show every long text in full, scroll nothing sideways and work by keyboard', async () => {
    app = await launchApp({ viewport: { width: 1024, height: 768 } })
    const { page } = app
    await createReport(page, 'fi')
    await app.reload()
    await page.getByRole('button', { name: TITLE, exact: true }).first().click()
    const indicator = page.locator('#figure-indicator-kf-long')
    await showFigures(page)
    await expect.poll(() => indicator.inputValue()).toBe(FIGURE.indicator)

    expect(await cutFields(page)).toEqual([])
    expect(await sidewaysScrollers(page)).toEqual([])
    await app.screenshot('key-figure-cells-fi')

    // Keyboard: type at the end of the value, Enter adds no line break (a value is one line in Word), Tab moves on.
    const value = page.locator('#figure-value-kf-long')
    await value.focus()
    // Ctrl+End: the end of the text (End alone is the end of the wrapped line, as in Word).
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' ja lisää')
    await page.keyboard.press('Enter')
    await expect.poll(() => value.inputValue()).toBe(`${FIGURE.value} ja lisää`)
    await page.keyboard.press('Tab')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('figure-target-kf-long')
    expect(await cutFields(page)).toEqual([])

    // A text over the field's limit still gets its message, and stays readable.
    const source = page.locator('#figure-source-kf-long')
    await source.fill('Lähde '.repeat(400))
    await expect.poll(() => source.getAttribute('aria-invalid')).toBe('true')
    await page
      .getByText(/liian pitkä/i)
      .first()
      .waitFor()
    expect(await sidewaysScrollers(page)).toEqual([])
  })

  it.each(['sv', 'en'] as const)('reads the same in %s', async (language) => {
    app = await launchApp({ viewport: { width: 1024, height: 768 } })
    const { page } = app
    await page.evaluate((uiLanguage) => window.api.settings.update({ uiLanguage }), language)
    await createReport(page, language)
    await app.reload()
    await page.getByRole('button', { name: TITLE, exact: true }).first().click()
    const indicator = page.locator('#figure-indicator-kf-long')
    await showFigures(page)
    await expect.poll(() => indicator.inputValue()).toBe(FIGURE.indicator)
    expect(await cutFields(page)).toEqual([])
    expect(await sidewaysScrollers(page)).toEqual([])
    await app.screenshot(`key-figure-cells-${language}`)
  })
})
