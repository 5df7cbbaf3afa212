import { beforeAll, describe, expect, it } from 'vitest'
import { exportReport } from '../../../src/main/export'
import type { Report } from '../../../src/shared/model'
import { docxParts, exampleReport, minimalReport, paragraphs, textOf } from './docx-helpers'

const styleOf = (p: string) => /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1]

describe('the example report as .docx', () => {
  let parts: Record<string, string>
  let report: Report
  let body: string[]
  beforeAll(async () => {
    report = exampleReport()
    parts = await docxParts(await exportReport(report))
    body = paragraphs(parts['word/document.xml'] as string)
  })

  it('has every section title as a Heading 1, in order', () => {
    const headings = body.filter((p) => styleOf(p) === 'Heading1').map(textOf)
    const sectionTitles = report.sections.map((s) => s.title)
    expect(headings.filter((h) => sectionTitles.includes(h))).toEqual(sectionTitles)
    expect(headings[0]).toBe('Yleiskuva')
    expect(headings.at(-1)).toBe('Avoimet jatkotoimenpiteet')
  })

  it('opens with the title block: organisation, marking, draft mark, Title, meeting details', () => {
    const first = body.slice(0, 12).map((p) => [styleOf(p), textOf(p)])
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

  it('has a table of contents whose entries are already written (LibreOffice shows them) and not dirty', () => {
    const xml = parts['word/document.xml'] as string
    expect(xml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-1&quot;/)
    // Nothing dirty: Word would otherwise ask to update fields when the file is opened.
    expect(xml).not.toMatch(/w:dirty="(true|1)"/)
    expect(xml).not.toContain('PAGEREF')
    const entries = body.filter((p) => styleOf(p) === 'TOC1').map(textOf)
    expect(entries).toContain('Digitaalinen identiteetti')
    expect(entries).toHaveLength(report.sections.length + 2)
    // Each entry links to a bookmark on its heading.
    const anchors = [...xml.matchAll(/<w:hyperlink [^>]*w:anchor="(_Toc\d+)"/g)].map((m) => m[1])
    expect(anchors).toHaveLength(entries.length)
    for (const anchor of anchors) expect(xml).toContain(`<w:bookmarkStart w:name="${anchor}"`)
  })

  it('writes the overview with status words, shading and previous → now', () => {
    const xml = parts['word/document.xml'] as string
    expect(xml).toContain('Vaatii huomiota → Kriittinen')
    expect(xml).toMatch(/w:fill="FFC7CE"[\s\S]{0,400}Kriittinen/)
    expect(xml).toMatch(/w:fill="C6EFCE"[\s\S]{0,400}Etenee suunnitellusti/)
  })

  it('repeats table header rows', () => {
    const xml = parts['word/document.xml'] as string
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []
    expect(tables.length).toBeGreaterThan(5)
    for (const table of tables) expect(table).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/)
  })

  it('makes hyperlinks only of http/https/mailto links', () => {
    const rels = parts['word/_rels/document.xml.rels'] as string
    const targets = [...rels.matchAll(/Type="[^"]*\/hyperlink" Target="([^"]+)"/g)].map((m) => m[1])
    expect(targets).toEqual(
      expect.arrayContaining(['https://vm.fi/digitaalinen-kompassi', 'mailto:digitalisaatio@example.fi'])
    )
    for (const target of targets) expect(target).toMatch(/^(https?:|mailto:)/)
  })

  it('has the marking and diary number in the page header and page X / Y in the footer', () => {
    const header = parts['word/header1.xml'] as string
    expect(textOf(header)).toContain('JULKINEN')
    expect(textOf(header)).toContain('VN/1234/2021')
    const footer = parts['word/footer1.xml'] as string
    expect(textOf(footer)).toContain('sivu ')
    expect(footer).toContain('PAGE')
    expect(footer).toContain('NUMPAGES')
  })

  it('sets the document language on the styles and in the core properties', () => {
    expect(parts['word/styles.xml']).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="fi-FI"\/>/)
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

  it('leaves out guidance by default and includes it only when asked', async () => {
    const plain = await docxParts(await exportReport(withSections()))
    expect(plain['word/document.xml']).not.toContain('Kirjoita tähän ohje')
    const guided = await docxParts(await exportReport(withSections(), { includeGuidance: true }))
    expect(guided['word/document.xml']).toContain('Kirjoita tähän ohje')
  })

  it('leaves out empty sections, the overview and the action list when asked', async () => {
    const parts = await docxParts(
      await exportReport(withSections(), { includeEmptySections: false, includeOverview: false })
    )
    const headings = paragraphs(parts['word/document.xml'] as string)
      .filter((p) => styleOf(p) === 'Heading1')
      .map(textOf)
    expect(headings).toEqual(['Täynnä'])
  })

  it('writes Swedish and English documents with their words, marking and language', async () => {
    const secret = { level: 'secret' as const, legalBasis: 'JulkL 24.1 § 7 k' }
    const sv = await docxParts(
      await exportReport(withSections({ classification: secret }), { language: 'sv' })
    )
    expect(textOf(sv['word/header1.xml'] as string)).toContain('SEKRETESSBELAGD (JulkL 24.1 § 7 k)')
    expect(sv['word/document.xml']).toContain('UTKAST')
    expect(sv['word/document.xml']).toContain('Framskrider enligt plan')
    expect(sv['word/styles.xml']).toContain('<w:lang w:val="sv-FI"/>')
    expect(textOf(sv['word/footer1.xml'] as string)).toContain('sida ')
    const en = await docxParts(await exportReport(withSections({ language: 'en', state: 'final' })))
    expect(en['word/document.xml']).toContain('25 October 2021')
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
