/**
 * Swedish and English are whole translations: the example report opened with the UI in Swedish, then English,
 * shows no Finnish UI words and no raw translation keys, passes the axe check, and is photographed for a look.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { seriousAxeViolations } from './support/axe'
import { launchApp, type AppHarness } from './support/app'

/** Visible text that looks like an untranslated key, e.g. "tabs.sections" or "status.on_track" (not a web address). */
async function rawKeys(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText()
  return (
    text
      .match(/\b(?:[a-z]+[A-Z]?\w*\.){1,3}[a-z]+_?[a-zA-Z]*\b/g)
      ?.filter((s) => !/\d/.test(s) && !/\.(fi|se|eu|com|org|net)$/.test(s)) ?? []
  )
}

describe('the app in Swedish and English', () => {
  let app: AppHarness | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('shows the example report in Swedish, then English, with no Finnish UI text and no raw keys', async () => {
    app = await launchApp()
    const { page } = app
    await page.evaluate(() => window.api.settings.update({ uiLanguage: 'sv' }))
    await app.reload()
    await page.getByRole('button', { name: 'Öppna exemplet' }).click()
    await page.getByRole('tab', { name: 'Avsnitt', selected: true }).waitFor()
    await expect.poll(() => page.getByRole('tab', { name: 'Översikt' }).count()).toBe(1)
    await expect.poll(() => page.getByText('Vie Word-tiedostoksi').count()).toBe(0)
    await page.getByRole('textbox', { name: 'Anteckningar' }).waitFor()
    await app.screenshot('editor-sv')
    await expect.poll(() => rawKeys(page)).toEqual([])
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.getByRole('tab', { name: 'Översikt' }).click()
    await page.getByRole('columnheader', { name: 'Avsnitt' }).first().waitFor()
    await expect.poll(() => rawKeys(page)).toEqual([])
    await app.screenshot('overview-sv')

    await page.evaluate(() => window.api.settings.update({ uiLanguage: 'en' }))
    await app.reload()
    await page
      .getByRole('link', { name: 'Tilannekuva – digitalisaatio' })
      .or(page.getByRole('button', { name: 'Tilannekuva – digitalisaatio' }))
      .first()
      .click()
    await page.getByRole('tab', { name: 'Sections', selected: true }).waitFor()
    await page.getByRole('tab', { name: 'Actions' }).click()
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    await expect.poll(() => rawKeys(page)).toEqual([])
    expect(await seriousAxeViolations(page)).toEqual([])
    await app.screenshot('actions-en')
  })
})
