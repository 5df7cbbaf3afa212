/**
 * How the editor looks in Chromium, in fi, sv and en at 1280×800 and 1024×768: the status colour is the palette's
 * (the Word export's), every control reached by Tab shows a 2 px focus ring, no status word runs into its picker's
 * arrow, and settings opened from a report come back to the same section. Screenshots go to test-results/e2e/.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { STATUS_PALETTE } from '../../src/shared/status-palette'
import { STATUSES } from '../../src/shared/model'
import { launchApp, type AppHarness } from './support/app'
import { focusRing, gapBeforeArrow } from './support/looks'

const TITLE = 'Kansliapäälliköiden kokous'
/** Clear space between a status word and its picker's arrow: more than the 4 px Fluent leaves, which a wider font fills. */
const CLEAR = 8
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 }
]

async function createReport(page: Page): Promise<void> {
  await page.evaluate(async (title) => {
    const api = (window as unknown as { api: { reports: { create: (i: unknown) => Promise<unknown> } } }).api
    const result = (await api.reports.create({ language: 'fi', templateId: 'digitalisation', title })) as {
      ok: boolean
    }
    if (!result.ok) throw new Error(JSON.stringify(result))
  }, TITLE)
}

async function openReport(app: AppHarness): Promise<void> {
  await app.reload()
  await app.page.getByRole('button', { name: TITLE, exact: true }).first().click()
  await app.page.locator('.field-status select').waitFor()
}

function rgb(hex: string): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16))
  return `rgb(${r}, ${g}, ${b})`
}

describe('the editor as it looks (e2e)', () => {
  let app: AppHarness | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('colours each status as the Word export does', async () => {
    app = await launchApp()
    const { page } = app
    await createReport(page)
    await openReport(app)
    for (const status of STATUSES) {
      await page.locator('.field-status select').selectOption(status)
      const icon = page.locator(`.outline-button[aria-current="true"] .status-icon[data-status="${status}"]`)
      await expect
        .poll(() => icon.evaluate((element) => getComputedStyle(element).color))
        .toBe(rgb(STATUS_PALETTE[status].foreground))
    }
  })

  it('shows a focus ring of at least 2 px on every control reached by Tab', async () => {
    app = await launchApp()
    const { page } = app
    await createReport(page)
    await openReport(app)
    // Into the section's fields, which Fluent marks with an underline only.
    await page.getByRole('textbox', { name: 'Otsikko', exact: true }).focus()
    const thin: string[] = []
    const seen = new Set<string>()
    for (let step = 0; step < 45; step++) {
      await page.keyboard.press('Tab')
      const { control, width } = await focusRing(page)
      seen.add(control)
      // Past the last control the browser holds the focus on the page itself before starting over.
      if (control !== 'body' && width < 2) thin.push(`${control}: ${width}px`)
    }
    expect(seen.size).toBeGreaterThan(10)
    expect(thin).toEqual([])
  })

  it.each(['fi', 'sv', 'en'] as const)(
    '%s: every status and trend word stays clear of the arrow of its picker, at 1280×800 and 1024×768',
    async (language) => {
      app = await launchApp()
      const { page } = app
      await page.evaluate((uiLanguage) => window.api.settings.update({ uiLanguage }), language)
      await createReport(page)
      await openReport(app)
      const tooTight: string[] = []
      for (const size of SIZES) {
        await page.setViewportSize(size)
        for (const status of STATUSES) {
          await page.locator('.field-status select').selectOption(status)
          const { text, gap } = await gapBeforeArrow(page, '.field-status select')
          if (gap < CLEAR) tooTight.push(`${size.width}: ${text} ${gap}px`)
        }
        for (const trend of ['none', 'improving', 'unchanged', 'worsening']) {
          await page.locator('.field-trend select').selectOption(trend)
          const { text, gap } = await gapBeforeArrow(page, '.field-trend select')
          if (gap < CLEAR) tooTight.push(`${size.width}: ${text} ${gap}px`)
        }
        await page.locator('.field-status select').selectOption('needs_attention')
        await app.screenshot(`visual-sections-${language}-${size.width}`)
        // The other views this work touched, for a look: the actions view (its filters) and settings.
        await page.locator('.report-tabs [role="tab"]').nth(3).click()
        await page.locator('.overview-page').waitFor()
        await app.screenshot(`visual-actions-${language}-${size.width}`)
        await page.locator('.report-tabs [role="tab"]').nth(0).click()
        await page.locator('.field-status select').waitFor()
      }
      expect(tooTight).toEqual([])
    }
  )

  it('opens settings from inside a report and comes back to the same section', async () => {
    app = await launchApp()
    const { page } = app
    await createReport(page)
    await openReport(app)
    const outline = page.getByRole('navigation', { name: 'Osiot' })
    await outline.getByRole('button', { name: /Tekoäly/ }).click()
    await page.getByRole('heading', { level: 2, name: /Tekoäly/ }).waitFor()
    await page.getByRole('button', { name: 'Asetukset' }).click()
    await page.getByRole('heading', { name: 'Asetukset', level: 1 }).waitFor()
    // The data folder, the offline note and the version each on their own line (they ran into one).
    const tops = await page
      .locator('.settings-page p')
      .evaluateAll((paragraphs) => paragraphs.map((p) => Math.round(p.getBoundingClientRect().top)))
    expect(tops.length).toBeGreaterThanOrEqual(3)
    expect(new Set(tops).size).toBe(tops.length)
    await app.screenshot('visual-settings-from-report')
    await page.getByRole('button', { name: 'Takaisin raporttiin' }).click()
    await page.getByRole('tab', { name: 'Osiot', selected: true }).waitFor()
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /Tekoäly/ }).count()).toBe(1)
  })
})
