/**
 * Bad input is refused in its own field and loses nothing, in Finnish, Swedish and English: a date that does not
 * exist and a section title over its cap are marked with the reason, while a key figure's year
 * "2023 (ennakkotieto), päivittyy 2024" typed afterwards reaches the report file. Photographed for a look.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { seriousAxeViolations } from './support/axe'
import { launchApp, type AppHarness } from './support/app'
import type { Report } from '../../src/shared/model'

const WORDS = {
  fi: {
    example: 'Avaa esimerkki',
    meeting: 'Kokous',
    sections: 'Osiot',
    date: 'Päivämäärä',
    noSuchDay: /Tätä päivää ei ole kalenterissa/,
    title: 'Otsikko',
    tooLong: /Teksti on liian pitkä: 400 merkkiä, enintään 300/,
    addFigure: 'Lisää tunnusluku',
    year: 'Vuosi, rivi',
    heldBack: /2 kenttää odottaa korjausta/
  },
  sv: {
    example: 'Öppna exemplet',
    meeting: 'Möte',
    sections: 'Avsnitt',
    date: 'Datum',
    noSuchDay: /Den här dagen finns inte i kalendern/,
    title: 'Rubrik',
    tooLong: /Texten är för lång: 400 tecken, högst 300/,
    addFigure: 'Lägg till nyckeltal',
    year: 'År, rad',
    heldBack: /2 fält behöver rättas/
  },
  en: {
    example: 'Open the example',
    meeting: 'Meeting',
    sections: 'Sections',
    date: 'Date',
    noSuchDay: /This day is not in the calendar/,
    title: 'Title',
    tooLong: /The text is too long: 400 characters, at most 300/,
    addFigure: 'Add key figure',
    year: 'Year, row',
    heldBack: /2 fields need fixing/
  }
} as const

describe('fields that refuse bad input', () => {
  let app: AppHarness | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it.each(['fi', 'sv', 'en'] as const)('marks the field and keeps saving the rest (%s)', async (language) => {
    const words = WORDS[language]
    app = await launchApp()
    const { page } = app
    await page.evaluate((uiLanguage) => window.api.settings.update({ uiLanguage }), language)
    await app.reload()
    await page.getByRole('button', { name: words.example }).click()
    await page.getByRole('tab', { name: words.sections, selected: true }).waitFor()

    const title = page.getByRole('textbox', { name: words.title, exact: true })
    await title.fill('Tekoäly '.repeat(50))
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true')
    await page.getByText(words.tooLong).waitFor()
    await page.getByRole('button', { name: words.addFigure }).click()
    const year = page.getByRole('textbox', { name: new RegExp(`^${words.year} \\d+$`) }).last()
    await year.fill('2023 (ennakkotieto), päivittyy 2024')
    await page.getByRole('heading', { level: 2 }).first().scrollIntoViewIfNeeded()
    await app.screenshot(`field-error-section-${language}`)
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.getByRole('tab', { name: words.meeting }).click()
    const date = page.getByRole('textbox', { name: words.date })
    await date.fill('31.2.2027')
    await date.press('Tab')
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true')
    await page.getByText(words.noSuchDay).waitFor()
    await page.getByRole('status').filter({ hasText: words.heldBack }).waitFor()
    await app.screenshot(`field-error-meeting-${language}`)
    expect(await seriousAxeViolations(page)).toEqual([])

    // On disk: the year typed after the refused title, the example's own title and date.
    const id = await page.evaluate(async () => {
      const list = await window.api.reports.list({})
      return list.ok ? list.value.reports[0]?.id : undefined
    })
    await expect
      .poll(async () => {
        const report = (await app?.readReportFile(id as string)) as Report
        return report.sections.flatMap((s) => s.keyFigures.map((f) => f.year))
      })
      .toContain('2023 (ennakkotieto), päivittyy 2024')
    const report = (await app.readReportFile(id as string)) as Report
    expect(report.sections[0]?.title).not.toMatch(/^(Tekoäly ){50}/)
    expect(report.meeting.date).not.toBe('')
  })
})
