/**
 * The next report in the real renderer: made from the example through the dialog (meeting date typed the Finnish
 * way), its carried statuses marked in the outline and the overview in fi, sv and en, confirmed with the keyboard,
 * and the TL IV legal basis field. Screenshots for the lead: test-results/review-*.png.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { launchApp, type AppHarness } from './support/app'
import { seriousAxeViolations } from './support/axe'

const WORDS = {
  fi: { carried: 'Siirretty, ei arvioitu', confirm: 'Vahvista tila ennallaan' },
  sv: { carried: 'Överförd, ej bedömd', confirm: 'Bekräfta status som oförändrad' },
  en: { carried: 'Carried over, not reviewed', confirm: 'Confirm status unchanged' }
} as const

describe('the review state of a report made from the previous one', () => {
  let app: AppHarness | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('is made with its meeting date, marked in every language, and confirmed with the keyboard', async () => {
    app = await launchApp()
    const { page } = app
    await page.getByRole('button', { name: 'Avaa esimerkki' }).click()
    await page.getByRole('tab', { name: 'Osiot', selected: true }).waitFor()
    await page.getByRole('button', { name: 'Takaisin raporttiluetteloon' }).click()
    await page.getByRole('button', { name: 'Uusi tilannekuva' }).first().click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('radio', { name: 'Edellinen tilannekuva' }).click()
    await dialog.getByRole('textbox', { name: 'Kokouksen päivämäärä' }).fill('14.1.2027')
    await dialog.getByRole('textbox', { name: /Otsikko/ }).fill('Seuraava kokous')
    await app.screenshot('review-next-dialog-fi')
    await dialog.getByRole('button', { name: 'Luo tilannekuva' }).click()
    await page.getByRole('tab', { name: 'Osiot', selected: true }).waitFor()

    for (const language of ['fi', 'sv', 'en'] as const) {
      if (language !== 'fi') {
        await page.evaluate((lang) => window.api.settings.update({ uiLanguage: lang }), language)
        await app.reload()
        await page.getByRole('button', { name: 'Seuraava kokous', exact: true }).first().click()
      }
      const confirm = page.getByRole('button', { name: WORDS[language].confirm })
      await confirm.waitFor()
      await expect.poll(() => page.getByText(WORDS[language].carried).count()).toBeGreaterThan(0)
      expect(await seriousAxeViolations(page)).toEqual([])
      await app.screenshot(`review-section-${language}`)
      // The overview is the second of the report's tabs.
      await page.getByRole('tab').nth(1).click()
      await page.getByRole('table').waitFor()
      await app.screenshot(`review-overview-${language}`)
      await page.getByRole('tab').nth(6).click()
      await expect.poll(() => page.getByRole('region').count()).toBeGreaterThan(0)
      await app.screenshot(`review-changes-${language}`)
      await page.getByRole('tab').nth(5).click()
      await page.getByRole('radio', { name: /TL IV|SK IV/ }).click()
      await page
        .getByRole('textbox', { name: /Salassapitoperuste|Grund för sekretess|Legal basis/ })
        .waitFor()
      await app.screenshot(`review-details-${language}`)
      await page.getByRole('tab').nth(0).click()
    }

    // Keyboard: focus the confirm button, press Enter; the mark goes from the section and focus stays on the status.
    const confirm = page.getByRole('button', { name: WORDS.en.confirm })
    await confirm.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => confirm.count()).toBe(0)
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT')
    // Three languages × four views on a machine shared by many: a generous budget, no assertion on time.
  }, 480_000)
})
