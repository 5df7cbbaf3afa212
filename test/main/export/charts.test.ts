/**
 * Native Word charts of the key figures over a five-meeting series: one chart part per figure read at two meetings
 * or more, with the values at each meeting in c:numCache (a gap left out, never a zero), the meeting dates in the
 * document's language as categories, the target as a dashed line, alt text in the document's language, a number
 * format that does not depend on the reader's locale, the workbook Word's "Edit data" opens — and a package that
 * validates against the OOXML schemas.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportReport, fillTemplate } from '../../../src/main/export'
import { snapshotOf } from '../../../src/shared/key-figures/history'
import type { Report } from '../../../src/shared/model'
import { CLOUD, fiveMeetings, ONLINE, SKILLS } from '../../shared/key-figures/chain'
import { docxParts, paragraphs, repoRoot, tables, textOf } from './docx-helpers'
import { ooxmlProblems } from './ooxml'

/** Each chart part's XML, in order. */
const chartsOf = (parts: Record<string, string>): string[] =>
  Object.keys(parts)
    .filter((name) => /^word\/charts\/chart\d+\.xml$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))
    .map((name) => parts[name] as string)

const titleOf = (chart: string) => /<c:title>.*?<a:t>([^<]*)<\/a:t>/.exec(chart)?.[1]
/** The series of a chart: its name and its cached values by category index. */
function seriesOf(chart: string): { name: string; values: Record<number, number>; count: number }[] {
  return [...chart.matchAll(/<c:ser>(.*?)<\/c:ser>/g)].map(([, ser]) => {
    const name = /<c:tx>.*?<c:v>([^<]*)<\/c:v>/.exec(ser as string)?.[1] ?? ''
    const cache = /<c:numCache>(.*?)<\/c:numCache>/.exec(ser as string)?.[1] ?? ''
    const values: Record<number, number> = {}
    for (const [, idx, v] of cache.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g))
      values[Number(idx)] = Number(v)
    return { name, values, count: Number(/<c:ptCount val="(\d+)"/.exec(cache)?.[1]) }
  })
}
const categoriesOf = (chart: string): string[] =>
  [...(/<c:cat>.*?<\/c:cat>/.exec(chart)?.[0] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map(
    (m) => m[1] as string
  )
const docPrs = (document: string) =>
  [...document.matchAll(/<wp:docPr ([^>]*)\/>/g)].map((m) => m[1] as string)
const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ')
const attr = (attrs: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1]

function exportSeries(options: Parameters<typeof exportReport>[1] = {}, reports = fiveMeetings()) {
  const open = reports.at(-1) as Report
  return exportReport(open, options, reports.map(snapshotOf))
}

describe('key-figure charts in the Word export', () => {
  let parts: Record<string, string>
  let bytes: Buffer
  beforeAll(async () => {
    bytes = await exportSeries()
    parts = await docxParts(bytes)
  })

  it('writes a chart for each figure read at two meetings or more, titled with its indicator', () => {
    expect(chartsOf(parts).map(titleOf)).toEqual([ONLINE, SKILLS, CLOUD])
  })

  it('caches the value at each meeting, leaving a meeting without a number out (a gap, not a zero)', () => {
    const [online, skills, cloud] = chartsOf(parts).map(seriesOf)
    // 72,5 % · 75 · 76,1 · (empty) · 79,2 %
    expect(online?.[0]).toEqual({ name: 'Arvo', values: { 0: 72.5, 1: 75, 2: 76.1, 4: 79.2 }, count: 5 })
    // 79 · n/a · (empty) · (empty) · 81
    expect(skills?.[0]?.values).toEqual({ 0: 79, 4: 81 })
    // The cloud figure starts at the third meeting: 60 % · 62 · "1,2 mrd €" (another unit: a gap).
    expect(cloud?.[0]).toEqual({ name: 'Arvo', values: { 0: 60, 1: 62 }, count: 3 })
  })

  it('draws the target as a second, dashed series named with its value and year', () => {
    const [online] = chartsOf(parts)
    const target = seriesOf(online as string)[1]
    expect(target?.name).toBe('Tavoite 100\u00A0% (2030)')
    expect(Object.values(target?.values ?? {})).toEqual([100, 100, 100, 100, 100])
    expect(/<c:ser>.*?<\/c:ser><c:ser>(.*?)<\/c:ser>/.exec(online as string)?.[1]).toContain(
      '<a:prstDash val="dash"/>'
    )
  })

  it('takes the meeting dates, in the document’s language, as categories', async () => {
    expect(categoriesOf(chartsOf(parts)[0] as string)).toEqual([
      '10.2.2025',
      '12.5.2025',
      '15.9.2025',
      '8.12.2025',
      '9.3.2026'
    ])
    const english = chartsOf(await docxParts(await exportSeries({ language: 'en' })))
    expect(categoriesOf(english[2] as string)).toEqual([
      '15 September 2025',
      '8 December 2025',
      '9 March 2026'
    ])
  })

  it('uses locale-independent number formats and sets the chart’s language', () => {
    for (const chart of chartsOf(parts)) {
      const formats = [...chart.matchAll(/<c:formatCode>([^<]*)<|formatCode="([^"]*)"/g)].map(
        (m) => m[1] ?? m[2]
      )
      expect(formats.filter((f) => f !== 'General')).not.toHaveLength(0)
      for (const format of formats) expect(format).toMatch(/^(General|#,##0(\.0+)?)$/)
      expect(chart).toContain('<c:lang val="fi-FI"/>')
    }
    expect(chartsOf(parts)[0]).toContain('formatCode="#,##0.0"')
  })

  it('gives each chart alt text in the document’s language: its name and the summary sentence', async () => {
    const document = parts['word/document.xml'] as string
    const [first] = docPrs(document)
    expect(attr(first as string, 'name')).toBe(`Kuvaaja: ${ONLINE}`)
    // Intl writes no-break spaces; the sentence is compared as a reader hears it.
    expect(plain(attr(first as string, 'descr') as string)).toBe(
      `Kuvaaja: ${ONLINE}. 79,2 % — tavoite 100 % (2030), +3,1 %-yks. edellisestä lukemasta (15.9.2025). Tiedot ovat taulukossa kaavion alla.`
    )
    const swedish = docPrs(
      (await docxParts(await exportSeries({ language: 'sv' })))['word/document.xml'] as string
    )
    expect(attr(swedish[0] as string, 'descr')).toMatch(
      /^Diagram: .*mål 100\u00A0% \(2030\).*tabellen under diagrammet\.$/
    )
    expect(docPrs(document).map((a) => attr(a, 'id'))).toEqual(['1', '2', '3'])
  })

  it('puts the data as a table under each chart: meeting, date, value and why a value is missing', () => {
    const document = parts['word/document.xml'] as string
    const table = tables(document).find((t) => t.includes(`Tiedot taulukkona: ${SKILLS}`)) as string
    const rows = (table.match(/<w:tr>.*?<\/w:tr>/g) ?? []).map((row) =>
      (row.match(/<w:tc>.*?<\/w:tc>/g) ?? []).map(textOf)
    )
    expect(rows[0]).toEqual(['Kokous', 'Kokouspäivä', 'Arvo', 'Huomautus'])
    expect(rows[2]).toEqual(['Toukokuun kokous', '12.5.2025', '–', 'Arvoa ”n/a” ei voitu lukea luvuksi.'])
    expect(rows[5]?.[0]).toBe('Maaliskuun kokous (tämä raportti)')
    // The summary sentence stands between the chart and its table.
    const summary = paragraphs(document).find((p) => textOf(p).startsWith('81\u00A0% — tavoite 80\u00A0%'))
    expect(summary).toBeDefined()
  })

  it('relates every chart to its part and every part to its workbook, with content types', () => {
    const rels = parts['word/_rels/document.xml.rels'] as string
    const types = parts['[Content_Types].xml'] as string
    for (const n of [1, 2, 3]) {
      expect(rels).toContain(
        `Id="rIdChart${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart${n}.xml"`
      )
      expect(parts['word/document.xml']).toContain(`r:id="rIdChart${n}"`)
      expect(types).toContain(
        `<Override PartName="/word/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`
      )
      expect(types).toContain(`<Override PartName="/word/embeddings/chart${n}.xlsx"`)
      expect(parts[`word/charts/_rels/chart${n}.xml.rels`]).toContain(`Target="../embeddings/chart${n}.xlsx"`)
    }
  })

  it('embeds a workbook with the chart’s data, laid out as the chart’s ranges say (for Edit data)', () => {
    const workbook = unzipSync(unzipSync(bytes)['word/embeddings/chart1.xlsx'] as Uint8Array)
    const sheet = strFromU8(workbook['xl/worksheets/sheet1.xml'] as Uint8Array)
    expect(strFromU8(workbook['xl/workbook.xml'] as Uint8Array)).toContain('<sheet name="Taul1"')
    expect(sheet).toContain('<c r="B2" s="1"><v>72.5</v></c>')
    expect(sheet).toContain('<c r="A6" t="inlineStr"><is><t xml:space="preserve">9.3.2026</t></is></c>')
    expect(sheet).not.toContain('r="B5"')
    expect(chartsOf(parts)[0]).toContain("<c:f>'Taul1'!$B$2:$B$6</c:f>")
  })

  it('validates against the OOXML schemas, chart parts included', async () => {
    expect(chartsOf(parts)).toHaveLength(3)
    expect(await ooxmlProblems(bytes)).toEqual([])
  })

  it('gives the same bytes for the same report and series, embedded workbooks included', async () => {
    expect(Object.keys(unzipSync(bytes))).toContain('word/embeddings/chart3.xlsx')
    expect((await exportSeries()).equals(bytes)).toBe(true)
  })

  it('writes no chart when the option is off, or without earlier meetings to compare with', async () => {
    const off = await docxParts(await exportSeries({ includeCharts: false }))
    const alone = await docxParts(await exportReport(fiveMeetings().at(-1) as Report))
    for (const each of [off, alone]) {
      expect(chartsOf(each)).toEqual([])
      expect(each['word/document.xml']).not.toContain('<w:drawing>')
      expect(each['[Content_Types].xml']).not.toContain('chart')
    }
  })

  it('fills an organisation template with the charts too, named apart from the template’s own parts and drawings', async () => {
    const template = readFileSync(resolve(repoRoot, 'resources/templates/esimerkkipohja.docx'))
    const templateIds = docPrs((await docxParts(template))['word/document.xml'] ?? '').map((a) =>
      Number(attr(a, 'id'))
    )
    const meetings = fiveMeetings()
    const filled = await fillTemplate(template, meetings[4] as Report, {}, meetings.map(snapshotOf))
    const each = await docxParts(filled)
    const names = Object.keys(each).filter((name) => /^word\/charts\/tkchart\d+\.xml$/.test(name))
    expect(names).toHaveLength(3)
    expect(each['word/_rels/document.xml.rels']).toContain('Id="rIdTkChart1"')
    expect(each['[Content_Types].xml']).toContain('PartName="/word/embeddings/tkchart3.xlsx"')
    const ids = docPrs(each['word/document.xml'] as string).map((a) => Number(attr(a, 'id')))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.slice(-3).every((id) => id > Math.max(0, ...templateIds))).toBe(true)
    expect(await ooxmlProblems(filled)).toEqual([])
  })
})
