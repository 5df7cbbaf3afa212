/**
 * A meeting series made through the real services, as officials make it: the first report from the built-in
 * template, each next one with reports.create({ previousReportId }) (nextFromPrevious: ids carried, values cleared),
 * then that meeting's date and values typed in and saved. One value is left empty and one is unreadable, so the
 * charts have gaps. The e2e test and the key-figures benchmark share it.
 */
import type { Page } from 'playwright-core'
import type { Language, Report } from '../../../src/shared/model'

export interface ChainOptions {
  language: Language
  meetings: number
  /** Titles are `${title} 1` … `${title} n`. */
  title: string
  /** Replace the template's key figures with this many generated ones (for the benchmark); default: the template's. */
  figures?: number
}

/** Creates the series; resolves to the reports' ids and titles, oldest first. */
export async function createKeyFigureChain(
  page: Page,
  options: ChainOptions
): Promise<{ ids: string[]; titles: string[] }> {
  return page.evaluate(async ({ language, meetings, title, figures }) => {
    const api = window.api
    const locale = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[language]
    const number = (value: number, digits: number) =>
      value.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits })
    // A share climbing towards its target by meeting, or a count growing; the gaps officials leave.
    const valueFor = (meeting: number, index: number, unit: string): string => {
      if (meeting === meetings - 2 && index === 0) return ''
      if (meeting === 1 && index === 1) return 'n/a'
      if (unit === '%') {
        // Small enough steps that a long series stays a share (under 100 %).
        const share = 40 + ((index * 7) % 45) + meeting * Math.min(1.7, 15 / meetings)
        return `${number(share, 1)}${language === 'en' ? '%' : '\u00A0%'}`
      }
      return number((index + 1) * 100_000 + meeting * 12_500, 0)
    }
    const ids: string[] = []
    const titles: string[] = []
    let previous: Report | undefined
    for (let meeting = 0; meeting < meetings; meeting += 1) {
      const name = `${title} ${meeting + 1}`
      const created = previous
        ? await api.reports.create({ language, previousReportId: previous.id, title: name })
        : await api.reports.create({ language, templateId: 'digitalisation', title: name })
      if (!created.ok) throw new Error(JSON.stringify(created.error))
      let report = created.value
      if (!previous && figures !== undefined) {
        const sections = report.sections
        report = {
          ...report,
          sections: sections.map((section, s) => ({
            ...section,
            keyFigures: Array.from({ length: figures }, (_, k) => k)
              .filter((k) => k % sections.length === s)
              .map((k) => ({
                id: `kf${k}`,
                indicator: `Tunnusluku ${k + 1}`,
                value: '',
                target: k % 2 === 0 ? '100' : '2 000 000',
                unit: k % 2 === 0 ? '%' : '',
                year: '2030',
                source: ''
              }))
          }))
        }
      }
      let index = 0
      const date = new Date(Date.UTC(2022, 0, 10 + meeting * 91)).toISOString().slice(0, 10)
      report = {
        ...report,
        meeting: { ...report.meeting, date },
        sections: report.sections.map((section) => ({
          ...section,
          keyFigures: section.keyFigures.map((figure) => ({
            ...figure,
            value: valueFor(meeting, index++, figure.unit)
          }))
        }))
      }
      const saved = await api.reports.save({ report, baseRevision: report.revision })
      if (!saved.ok) throw new Error(JSON.stringify(saved.error))
      previous = report
      ids.push(report.id)
      titles.push(name)
    }
    return { ids, titles }
  }, options)
}
