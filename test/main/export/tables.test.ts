/**
 * Tables and page flow: a row taller than about a third of a page may break across pages (a row that may never
 * split is clipped by Word when it is taller than a page); a heading keeps with what follows it, down to the first
 * row of a table; a paragraph after a table has space above it; columns are wide enough for their longest word in
 * the document's language, and numbers such as "20 000 000" never wrap.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { exportReport, fillTemplate } from '../../../src/main/export'
import { textWidth } from '../../../src/main/export/measure'
import type { Report } from '../../../src/shared/model'
import { docxParts, exampleReport, minimalReport, paragraphs, repoRoot, tables, textOf } from './docx-helpers'
import { p, t } from './notes-fixtures'
import { words } from '../../fixtures/export/reports'

const rows = (table: string) => table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []
const gridOf = (table: string) => [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))

function report(): Report {
  return minimalReport({
    sections: minimalReport({
      sections: [
        {
          id: 'a',
          title: 'Rahoitus',
          status: 'needs_attention',
          // With a previous status the overview has six columns, as in the report the audit saw.
          previousStatus: 'on_track',
          trend: 'unchanged',
          notes: {
            type: 'doc',
            content: [
              {
                type: 'table',
                content: [
                  { type: 'tableRow', content: [{ type: 'tableHeader', content: [p(t('Otsake'))] }] },
                  { type: 'tableRow', content: [{ type: 'tableCell', content: [p(t(words(900, 3)))] }] },
                  { type: 'tableRow', content: [{ type: 'tableCell', content: [p(t('lyhyt'))] }] }
                ]
              },
              p(t('Taulukon jälkeinen kappale.'))
            ]
          },
          keyFigures: [
            {
              id: 'k',
              indicator: 'Rahoitus',
              value: '20 000 000',
              target: '25 000 000',
              unit: '€',
              year: '2021'
            }
          ],
          actions: [{ id: 'x', what: words(170, 5), who: 'VM', due: '2021-12-01' }]
        }
      ] as never
    }).sections
  })
}

describe('tables and page flow', () => {
  let xml: string
  let sv: string
  beforeAll(async () => {
    xml = (await docxParts(await exportReport(report())))['word/document.xml'] as string
    sv = (await docxParts(await exportReport(report(), { language: 'sv' })))['word/document.xml'] as string
  })

  it('lets a row taller than a third of a page break across pages, and keeps short rows whole', () => {
    const notesTable = tables(xml).find((x) => textOf(x).startsWith('Otsake')) ?? ''
    const [header, tall, short] = rows(notesTable)
    expect(header).toContain('<w:cantSplit/>')
    expect(tall).not.toContain('<w:cantSplit/>')
    expect(short).toContain('<w:cantSplit/>')
    const actions = tables(xml).find((x) => textOf(x).startsWith('Toimenpide')) ?? ''
    expect(rows(actions)[1]).not.toContain('<w:cantSplit/>')
  })

  it('keeps headings with the next paragraph and a table header row with the first row below it', async () => {
    const styles = (await docxParts(await exportReport(report())))['word/styles.xml'] as string
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'BlockHeading', 'StatusLine']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}">[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? ''
      expect(style, id).toContain('<w:keepNext/>')
    }
    for (const table of tables(xml)) {
      const [header] = rows(table)
      for (const para of paragraphs(header ?? '')) expect(para).toContain('<w:keepNext/>')
    }
  })

  it('puts space between a table and the paragraph after it', () => {
    const after = paragraphs(xml).find((x) => textOf(x) === 'Taulukon jälkeinen kappale.') ?? ''
    const before = Number(/<w:spacing w:before="(\d+)"/.exec(after)?.[1] ?? 0)
    expect(before).toBeGreaterThanOrEqual(120)
  })

  it('makes the overview status column wide enough for the longest status word in Swedish', () => {
    const overview = tables(sv).find((x) => textOf(x).startsWith('AvsnittStatus')) ?? ''
    const [, status, trend] = gridOf(overview)
    // "uppmärksamhet" (Kräver uppmärksamhet) and "Oförändrad" fit on a line of their cell, margins included.
    expect(status).toBeGreaterThan(textWidth('uppmärksamhet') + 170)
    expect(trend).toBeGreaterThan(textWidth('Oförändrad') + 170)
  })

  it('keeps "20 000 000" on one line: no-break spaces, and a column wide enough', () => {
    const figures = tables(xml).find((x) => textOf(x).startsWith('Tunnusluku')) ?? ''
    expect(figures).toContain('<w:t>20\u00a0000\u00a0000</w:t>')
    const [, value] = gridOf(figures)
    expect(value).toBeGreaterThan(textWidth('20\u00a0000\u00a0000') + 170)
  })

  it("leaves room in an organisation template's tables for a font wider than Calibri (Arial)", async () => {
    const template = readFileSync(resolve(repoRoot, 'resources/templates/esimerkkipohja.docx'))
    const filled = (await docxParts(await fillTemplate(template, exampleReport())))[
      'word/document.xml'
    ] as string
    const actions =
      tables(filled).find((x) => textOf(x).startsWith('ToimenpideVastuuhenkilöMääräaikaTilaOsio')) ?? ''
    const [, who, , state] = gridOf(actions)
    // Arial bold runs 14 % wider than Calibri in "Vastuuhenkilö", Arial 16 % in "Käynnissä".
    expect(who).toBeGreaterThan(textWidth('Vastuuhenkilö', true) * 1.14 + 170)
    expect(state).toBeGreaterThan(textWidth('Käynnissä') * 1.16 + 170)
  })
})
