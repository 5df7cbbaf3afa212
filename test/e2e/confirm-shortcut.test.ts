/**
 * Ctrl+Shift+K in the real renderer: typing in the notes of a section whose status was carried from the previous
 * report, the key confirms the status unchanged without taking the official out of the notes — the marks go from
 * the section and the outline, and typing goes on where it was. Photographed for the lead.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { launchApp, type AppHarness } from './support/app'

const TITLE = 'Vahvistus näppäimellä'

describe('confirming a carried status with Ctrl+Shift+K in Chromium', () => {
  let app: AppHarness | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('confirms it from the notes and leaves the cursor there', async () => {
    app = await launchApp()
    const { page } = app
    await page.evaluate(async (title) => {
      const api = window.api
      const created = await api.reports.create({ language: 'fi', templateId: 'digitalisation', title })
      if (!created.ok) throw new Error(JSON.stringify(created))
      const got = await api.reports.get({ id: created.value.id })
      if (!got.ok) throw new Error(JSON.stringify(got))
      const report = got.value.report
      report.sections = report.sections.map((section) => ({
        ...section,
        status: 'critical' as const,
        previousStatus: 'critical' as const,
        statusCarried: true
      }))
      const saved = await api.reports.save({ report, baseRevision: report.revision })
      if (!saved.ok) throw new Error(JSON.stringify(saved))
    }, TITLE)
    await app.reload()
    await page.getByRole('button', { name: TITLE, exact: true }).first().click()
    const confirm = page.getByRole('button', { name: 'Vahvista tila ennallaan' })
    await confirm.waitFor()
    const outline = page.getByRole('navigation', { name: /Osiot/ })
    const firstRow = outline.getByRole('button', { name: /Yhteenveto/ })
    expect(await firstRow.textContent()).toContain('Siirretty, ei arvioitu')

    const notes = page.getByRole('textbox', { name: 'Muistiinpanot' })
    await notes.click()
    await page.keyboard.type('Tilanne ennallaan')
    await page.keyboard.press('Control+Shift+K')
    await confirm.waitFor({ state: 'detached' })
    await expect.poll(() => firstRow.textContent()).not.toContain('Siirretty')
    await expect
      .poll(() =>
        page
          .locator('[aria-live="polite"]')
          .getByText(/Tila vahvistettu ennallaan/)
          .count()
      )
      .toBe(1)
    await page.keyboard.type('.')
    await expect.poll(() => notes.textContent()).toBe('Tilanne ennallaan.')
    await app.screenshot('review-confirmed-by-key-fi')
  })
})
