/**
 * Key figures over time through the real services in Chromium: a series of five meetings made from the built-in
 * template, the Tunnusluvut view of the last one with a sparkline per figure, sorting and the chart opened by
 * keyboard, its summary and data table; axe on the view and on the chart; photographed in fi, sv and en.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Language } from '../../src/shared/model'
import { seriousAxeViolations } from './support/axe'
import { launchApp, type AppHarness } from './support/app'
import { createKeyFigureChain } from './support/key-figure-chain'

interface Words {
  tab: string
  table: RegExp
  distance: string
  indicator: string
  latest: string
  summary: string
  chart: string
  close: string
}

const WORDS: Record<Language, Words> = {
  fi: {
    tab: 'Tunnusluvut',
    table: /Raportin tunnusluvut/,
    distance: 'Etäisyys tavoitteeseen',
    indicator: 'Pilvipalveluja, massadataa tai tekoälyä käyttävien yritysten osuus',
    latest: '46,8 %',
    summary: '46,8 % — tavoite 75 % (2030), +3,4 %-yks. edellisestä lukemasta (11.7.2022)',
    chart: 'Kuvaaja: ',
    close: 'Sulje'
  },
  sv: {
    tab: 'Nyckeltal',
    table: /Lägesbildens nyckeltal/,
    distance: 'Avstånd till målet',
    indicator: 'Andel företag som använder molntjänster, stordata eller artificiell intelligens',
    latest: '46,8 %',
    summary: '46,8 % — mål 75 % (2030), +3,4 procentenheter sedan föregående värde (11.7.2022)',
    chart: 'Diagram: ',
    close: 'Stäng'
  },
  en: {
    tab: 'Key figures',
    table: /The report's key figures/,
    distance: 'Distance to target',
    indicator: 'Share of enterprises using cloud, big data or AI',
    latest: '46.8%',
    summary: '46.8% — target 75% (2030), +3.4 percentage points since the previous reading (11 July 2022)',
    chart: 'Chart: ',
    close: 'Close'
  }
}

const plain = (text: string | null) => (text ?? '').replace(/[\u00A0\u202F]/g, ' ').trim()

async function expectNoSeriousAxeViolations(page: Page, view: string): Promise<void> {
  expect({ view, violations: await seriousAxeViolations(page) }).toEqual({ view, violations: [] })
}

describe('Tunnusluvut in the browser', () => {
  let app: AppHarness | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it.each(['fi', 'sv', 'en'] as const)(
    'shows five meetings of key figures with sparklines, a sortable table and a chart with its data (%s)',
    async (language) => {
      const words = WORDS[language]
      app = await launchApp({ viewport: { width: 1280, height: 800 } })
      const { page } = app
      await page.evaluate((uiLanguage) => window.api.settings.update({ uiLanguage }), language)
      const { titles } = await createKeyFigureChain(page, { language, meetings: 5, title: 'DESI' })
      await app.reload()
      await page.getByRole('button', { name: titles.at(-1), exact: true }).click()
      await page.getByRole('tab', { name: words.tab }).click()

      const table = page.getByRole('table', { name: words.table })
      await table.waitFor()
      const rows = table.getByRole('row')
      const figureCount = (await rows.count()) - 1
      expect(figureCount).toBeGreaterThan(8)
      // A sparkline in every row, drawn from the five meetings (the first figure has a gap at the fourth).
      expect(await table.getByTestId('sparkline').count()).toBe(figureCount)
      expect(await table.getByTestId('sparkline').first().getAttribute('data-points')).toBe('4')
      const first = rows.nth(1)
      expect(plain(await first.getByRole('rowheader').textContent())).toBe(words.indicator)
      expect(plain(await first.textContent())).toContain(words.latest)
      await expectNoSeriousAxeViolations(page, `key figures ${language}`)
      await app.screenshot(`key-figures-${language}`)

      // Sort by keyboard: the distance header's button, then Enter.
      const distance = page.getByRole('button', { name: words.distance })
      await distance.focus()
      await page.keyboard.press('Enter')
      expect(await page.getByRole('columnheader', { name: words.distance }).getAttribute('aria-sort')).toBe(
        'ascending'
      )

      // Open the first figure's chart by keyboard.
      const opener = page.getByRole('button', { name: words.indicator, exact: true })
      await opener.focus()
      await page.keyboard.press('Enter')
      const dialog = page.getByRole('dialog', { name: words.indicator })
      await dialog.waitFor()
      expect(plain(await dialog.getByTestId('summary').textContent())).toBe(words.summary)
      const chart = dialog.getByRole('img', { name: `${words.chart}${words.indicator}` })
      await chart.focus()
      expect(await chart.evaluate((element) => element === document.activeElement)).toBe(true)
      expect(await dialog.getByRole('table').getByRole('row').count()).toBe(6)
      await expectNoSeriousAxeViolations(page, `key figure chart ${language}`)
      await app.screenshot(`key-figure-chart-${language}`)

      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'detached' })
      // Focus is back on the figure, which is in the accessibility tree again (not left aria-hidden).
      await expect.poll(() => opener.evaluate((element) => element === document.activeElement)).toBe(true)
      expect(await page.getByRole('button', { name: words.indicator, exact: true }).count()).toBe(1)
    }
  )
})
