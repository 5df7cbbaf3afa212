/**
 * The window at 1024×768 with the longest titles and texts the schema allows (written without spaces) and a
 * 10 000-character title typed into the title field: no view scrolls sideways. Every view is photographed.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { launchApp, type AppHarness } from './support/app'
import { createLongReport, sidewaysScrollers } from './support/long-report'

const MARKER = 'Pitkäotsikko'
const REPORT_TABS = [
  'Osiot',
  'Yleiskuva',
  'Tunnusluvut',
  'Toimenpiteet',
  'Kokous',
  'Raportin tiedot',
  'Muutokset'
]

describe('layout at 1024×768', () => {
  let app: AppHarness | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('scrolls no view sideways, whatever the length of a title or a text', async () => {
    app = await launchApp({ viewport: { width: 1024, height: 768 } })
    const { page } = app
    await createLongReport(page, MARKER)
    await app.reload()
    const nav = page.getByRole('navigation', { name: 'Päänavigointi' })
    await nav.getByRole('tab', { name: 'Raportit' }).waitFor()
    await page.getByText(MARKER).first().waitFor()
    // Every view is looked at before the verdict, so one failure names all the views that scroll.
    const scrolling: Record<string, string[]> = {}
    const look = async (view: string) => {
      const found = await sidewaysScrollers(page)
      if (found.length) scrolling[view] = found
      await app?.screenshot(`layout-${view}-1024`)
    }
    await look('library')

    await page
      .getByRole('button', { name: new RegExp(`^${MARKER}`) })
      .first()
      .click()
    const title = page.getByRole('textbox', { name: 'Otsikko', exact: true })
    await title.fill('Y'.repeat(10_000))
    for (const tab of REPORT_TABS) {
      await page.getByRole('tab', { name: tab, exact: true }).click()
      await page.getByRole('tab', { name: tab, selected: true }).waitFor()
      await page.locator('.report-view > :last-child').getByText(/\S/).first().waitFor()
      await look(tab)
    }

    await page.getByRole('button', { name: 'Takaisin raporttiluetteloon' }).click()
    // The 10 000-character title is refused by the field, so leaving the report asks first (the text would be lost).
    await page.getByRole('button', { name: 'Poistu ja hylkää teksti' }).click()
    for (const place of ['Mallipohjat', 'Asetukset']) {
      await nav.getByRole('tab', { name: place }).click()
      await nav.getByRole('tab', { name: place, selected: true }).waitFor()
      await page.getByRole('main').getByText(/\S/).first().waitFor()
      await look(place)
    }
    expect(scrolling).toEqual({})
  })
})
