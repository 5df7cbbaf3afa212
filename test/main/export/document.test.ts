import { beforeAll, describe, expect, it } from 'vitest'
import { exportReport } from '../../../src/main/export'
import type { Report } from '../../../src/shared/model'
import { docxParts, exampleReport, minimalReport, paragraphs, styleOf, tables, textOf } from './docx-helpers'

describe('the example report as .docx', () => {
  let parts: Record<string, string>
  let report: Report
  let body: string[]
  beforeAll(async () => {
    report = exampleReport()
    parts = await docxParts(await exportReport(report))
    body = paragraphs(parts['word/document.xml'] as string)
  })

  it('has every section with content as a Heading 1, in order, and names the empty one on one line', () => {
    const headings = body.filter((p) => styleOf(p) === 'Heading1').map(textOf)
    const withContent = report.sections
      .filter((s) => s.title !== 'Yritysten digitaalinen murros')
      .map((s) => s.title)
    expect(headings.filter((h) => report.sections.some((s) => s.title === h))).toEqual(withContent)
    expect(headings[0]).toBe('Yleiskuva')
    expect(headings.at(-1)).toBe('Avoimet jatkotoimenpiteet')
    expect(textOf(parts['word/document.xml'] as string)).toContain(
      'Osiot, joissa ei ole vielä sisältöä, on jätetty pois: Yritysten digitaalinen murros.'
    )
  })

  it('opens with the title block: organisation, marking, draft mark, Title, meeting details', () => {
    const first = body.slice(0, 14).map((p) => [styleOf(p), textOf(p)])
    expect(first).toContainEqual(['Subtitle', 'Valtiovarainministeriö'])
    expect(first).toContainEqual(['Marking', 'JULKINEN'])
    expect(first).toContainEqual(['DraftMark', 'LUONNOS'])
    expect(first).toContainEqual(['Title', 'Tilannekuva – digitalisaatio'])
    const text = body.slice(0, 14).map(textOf).join('\n')
    expect(text).toContain('Päivämäärä: 25.10.2021')
    expect(text).toContain('Aika: 13.00')
    expect(text).toContain('Paikka: Säätytalo, Helsinki')
    expect(text).toContain('Diaarinumero: VN/1234/2021')
  })

  it('writes the agenda as a numbered list after the participants', () => {
    const styles = body.map((p) => [styleOf(p), textOf(p)])
    const participants = styles.findIndex(([, t]) => t === 'Osallistujat')
    const agenda = styles.findIndex(([, t]) => t === 'Asialista')
    expect(participants).toBeGreaterThan(0)
    expect(agenda).toBeGreaterThan(participants)
    expect(styles.slice(agenda + 1, agenda + 4)).toEqual([
      ['ListNumber', 'Kokouksen avaus'],
      ['ListNumber', 'Digitalisaation tilannekuva'],
      ['ListNumber', 'Muut asiat']
    ])
  })

  it('writes the overview with status words in shaded cells and previous → now', () => {
    const overview =
      tables(parts['word/document.xml'] as string).find((t) => textOf(t).startsWith('OsioTila')) ?? ''
    expect(overview).toContain('Vaatii huomiota → Kriittinen')
    expect(overview).toMatch(/w:fill="F9D2D3"\/><\/w:tcPr><w:p>(?:(?!<\/w:tc>).)*Kriittinen/)
    expect(overview).toMatch(/w:fill="D9F2D9"\/><\/w:tcPr><w:p>(?:(?!<\/w:tc>).)*Etenee suunnitellusti/)
  })

  it('repeats table header rows', () => {
    const all = tables(parts['word/document.xml'] as string)
    expect(all.length).toBeGreaterThan(5)
    for (const table of all) expect(table).toMatch(/<w:tr><w:trPr>(<w:cantSplit\/>)?<w:tblHeader\/>/)
  })

  it('makes hyperlinks only of http/https/mailto links', () => {
    const rels = parts['word/_rels/document.xml.rels'] as string
    const targets = [...rels.matchAll(/Type="[^"]*\/hyperlink" Target="([^"]+)"/g)].map((m) => m[1])
    expect(targets).toEqual(
      expect.arrayContaining(['https://vm.fi/digitaalinen-kompassi', 'mailto:digitalisaatio@example.fi'])
    )
    for (const target of targets) expect(target).toMatch(/^(https?:|mailto:)/)
  })

  it('sets the document language on the styles and in the core properties', () => {
    expect(parts['word/styles.xml']).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="fi-FI"/)
    const core = parts['docProps/core.xml'] as string
    expect(core).toContain('<dc:language>fi-FI</dc:language>')
    expect(core).toContain('<dc:title>Tilannekuva – digitalisaatio</dc:title>')
    expect(core).toContain('<dc:creator>Maija Virtanen</dc:creator>')
    expect(core).toContain('JULKINEN')
    expect(parts['docProps/custom.xml']).toContain('JULKINEN')
  })

  it('defines the named styles Word needs: Title, Heading 1–3, lists and a table style', () => {
    const styles = parts['word/styles.xml'] as string
    for (const id of [
      'Title',
      'Heading1',
      'Heading2',
      'Heading3',
      'ListBullet',
      'ListNumber',
      'ReportTable'
    ]) {
      expect(styles).toContain(`w:styleId="${id}"`)
    }
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/)
    expect(styles).toContain('w:ascii="Calibri"')
  })

  it('is A4 portrait', () => {
    expect(parts['word/document.xml']).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
  })
})

describe('export options and languages', () => {
  const withSections = (overrides: Partial<Report> = {}) =>
    minimalReport({
      sections: minimalReport({
        sections: [
          { id: 'a', title: 'Täynnä', status: 'on_track', guidance: 'Kirjoita tähän ohje', actions: [] },
          { id: 'b', title: 'Tyhjä' }
        ] as never
      }).sections,
      ...overrides
    })
  const headingsOf = (parts: Record<string, string>) =>
    paragraphs(parts['word/document.xml'] as string)
      .filter((p) => styleOf(p) === 'Heading1')
      .map(textOf)

  it('leaves out guidance by default and includes it only when asked', async () => {
    const plain = await docxParts(await exportReport(withSections()))
    expect(plain['word/document.xml']).not.toContain('Kirjoita tähän ohje')
    const guided = await docxParts(await exportReport(withSections(), { includeGuidance: true }))
    expect(guided['word/document.xml']).toContain('Kirjoita tähän ohje')
  })

  it('leaves out empty sections by default, naming them on one line; the option keeps them', async () => {
    const plain = await docxParts(await exportReport(withSections()))
    expect(headingsOf(plain)).toEqual(['Yleiskuva', 'Täynnä'])
    expect(textOf(plain['word/document.xml'] as string)).toContain(
      'Osiot, joissa ei ole vielä sisältöä, on jätetty pois: Tyhjä.'
    )
    expect(textOf(plain['word/document.xml'] as string)).not.toContain('Ei arvioitu')
    const kept = await docxParts(await exportReport(withSections(), { includeEmptySections: true }))
    expect(headingsOf(kept)).toEqual(['Yleiskuva', 'Täynnä', 'Tyhjä'])
    expect(textOf(kept['word/document.xml'] as string)).not.toContain('jätetty pois')
  })

  it('leaves out the overview and the action list when asked', async () => {
    const parts = await docxParts(await exportReport(withSections(), { includeOverview: false }))
    expect(headingsOf(parts)).toEqual(['Täynnä'])
  })

  it('writes Swedish and English documents with their words, marking and language', async () => {
    const secret = { level: 'secret' as const, legalBasis: 'JulkL 24.1 § 7 k' }
    const sv = await docxParts(
      await exportReport(withSections({ classification: secret }), { language: 'sv' })
    )
    expect(textOf(sv['word/header1.xml'] as string)).toContain('SEKRETESSBELAGD (JulkL 24.1 § 7 k)')
    expect(textOf(sv['word/header1.xml'] as string)).toContain('LÄGESBILD')
    expect(sv['word/document.xml']).toContain('UTKAST')
    expect(sv['word/document.xml']).toContain('Framskrider enligt plan')
    expect(sv['word/styles.xml']).toContain('<w:lang w:val="sv-FI"')
    const en = await docxParts(await exportReport(withSections({ language: 'en', state: 'final' })))
    expect(en['word/document.xml']).toContain('25 October 2021')
    expect(textOf(en['word/header1.xml'] as string)).toContain('SITUATION REPORT')
    expect(en['word/document.xml']).not.toContain('DRAFT')
    expect(en['docProps/core.xml']).toContain('<dc:language>en-GB</dc:language>')
  })

  it('marks secret reports with the legal basis in header, body and properties', async () => {
    const report = withSections({ classification: { level: 'secret', legalBasis: 'JulkL 24.1 § 7 k' } })
    const parts = await docxParts(await exportReport(report))
    const marking = 'SALASSA PIDETTÄVÄ (JulkL 24.1 § 7 k)'
    expect(textOf(parts['word/header1.xml'] as string)).toContain(marking)
    expect(textOf(parts['word/document.xml'] as string)).toContain(marking)
    expect(parts['docProps/core.xml']).toContain(marking)
  })
})
