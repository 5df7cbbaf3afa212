/**
 * The page header follows SFS 2487: the sender at the left margin; 92 mm from it the document name in capitals
 * with the page number "1 (7)" at the right edge, the date, the diary number, the classification marking in
 * capitals with its legal basis, and the draft mark — on every page (one default header, no first-page header).
 */
import { describe, expect, it } from 'vitest'
import { exportReport } from '../../../src/main/export'
import type { Report } from '../../../src/shared/model'
import { docxParts, minimalReport, paragraphs, textOf } from './docx-helpers'

const mm = (value: number) => Math.round((value * 1440) / 25.4)

async function headerOf(overrides: Partial<Report>, language?: Report['language']) {
  const parts = await docxParts(await exportReport(minimalReport(overrides), { language }))
  return {
    parts,
    header: parts['word/header1.xml'] as string,
    lines: paragraphs(parts['word/header1.xml'] as string)
  }
}

/** A header line as [left text, fields text] split at its first tab. */
function columns(line: string): [string, string] {
  const [left = '', ...rest] = line.split('<w:tab/>')
  return [textOf(left), textOf(rest.join('<w:tab/>'))]
}

describe('the SFS 2487 page header', () => {
  const report: Partial<Report> = {
    organisation: 'VM',
    diaryNumber: 'VN/1234/2021',
    state: 'draft',
    classification: { level: 'restricted', legalBasis: 'JulkL 24.1 § 7 k' }
  }

  it('puts the sender at the 20 mm margin and the fields 92 mm from it, the page number at the right edge', async () => {
    const { parts, lines } = await headerOf(report)
    const document = parts['word/document.xml'] as string
    // The body column is 23 mm in from the 20 mm margin; the header hangs out to the margin.
    expect(document).toContain(`w:left="${mm(20) + mm(23)}"`)
    const styles = parts['word/styles.xml'] as string
    expect(styles).toMatch(new RegExp(`w:styleId="Header"[\\s\\S]*?<w:ind w:left="-${mm(23)}"/>`))
    const textWidth = 11906 - (mm(20) + mm(23)) - mm(10)
    for (const line of lines) {
      expect(line).toContain(`<w:tab w:val="left" w:pos="${mm(92) - mm(23)}"/>`)
      expect(line).toContain(`<w:tab w:val="right" w:pos="${textWidth}"/>`)
    }
  })

  it('reads, line by line: sender | name and "1 (7)", date, diary number, marking, draft', async () => {
    const { lines } = await headerOf(report)
    expect(lines.map(columns)).toEqual([
      ['Valtiovarainministeriö', 'TILANNEKUVA1 (1)'],
      ['', '25.10.2021'],
      ['', 'VN/1234/2021'],
      ['', 'KÄYTTÖ RAJOITETTU TL IV'],
      ['', 'SALASSA PIDETTÄVÄ (JulkL 24.1 § 7 k)'],
      ['', 'LUONNOS']
    ])
    expect(lines[0]).toMatch(
      /<w:fldSimple w:instr=" PAGE ">[\s\S]*\(<\/w:t>[\s\S]*<w:fldSimple w:instr=" NUMPAGES ">/
    )
  })

  it('writes the document name in the document language', async () => {
    for (const [language, name, draft] of [
      ['sv', 'LÄGESBILD', 'UTKAST'],
      ['en', 'SITUATION REPORT', 'DRAFT']
    ] as const) {
      const { header } = await headerOf(report, language)
      expect(textOf(header)).toContain(name)
      expect(textOf(header)).toContain(draft)
    }
  })

  it('marks a draft on every page (the one default header) and a final report nowhere', async () => {
    const { parts, header } = await headerOf(report)
    expect(textOf(header)).toContain('LUONNOS')
    expect(parts['word/document.xml']).toMatch(
      /<w:sectPr><w:headerReference w:type="default" r:id="[^"]+"\/>/
    )
    expect(parts['word/document.xml']).not.toContain('w:titlePg')
    const final = await headerOf({ ...report, state: 'final' })
    expect(textOf(final.header)).not.toContain('LUONNOS')
    expect(textOf(final.parts['word/document.xml'] as string)).not.toContain('LUONNOS')
  })

  it('writes a legal basis only for the class shown: none for a public report', async () => {
    const { header } = await headerOf({
      ...report,
      classification: { level: 'public', legalBasis: 'JulkL 24.1 § 7 k' }
    })
    expect(textOf(header)).toContain('JULKINEN')
    expect(textOf(header)).not.toContain('JulkL')
  })

  it('writes no empty runs when the report is unmarked and has no diary number', async () => {
    const { header, lines } = await headerOf({ organisation: 'VM', state: 'final' })
    expect(lines.map(columns)).toEqual([
      ['Valtiovarainministeriö', 'TILANNEKUVA1 (1)'],
      ['', '25.10.2021']
    ])
    expect(header).not.toMatch(/<w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<\/w:r>/)
    expect(header).not.toMatch(/<w:t( [^>]*)?><\/w:t>/)
  })

  it('wraps a long organisation onto lines of its own, and takes a unit on its own line', async () => {
    const { lines } = await headerOf({
      organisation: 'Valtiovarainministeriö\nJulkisen hallinnon ICT-osasto'
    })
    expect(lines.map(columns).slice(0, 2)).toEqual([
      ['Valtiovarainministeriö', 'TILANNEKUVA1 (1)'],
      ['Julkisen hallinnon ICT-osasto', '25.10.2021']
    ])
    const long =
      'Liikenne- ja viestintäministeriön tietoyhteiskunta- ja kyberturvallisuusosaston tietoturvallisuusyksikkö'
    const wrapped = (await headerOf({ organisation: long })).lines.map(columns)
    expect(
      wrapped
        .map(([left]) => left)
        .filter(Boolean)
        .join(' ')
    ).toBe(long)
    // Each line fits before the fields: 92 mm holds about 55 characters of 9 pt bold Calibri.
    for (const [left] of wrapped) expect(left.length).toBeLessThanOrEqual(56)
    expect(wrapped.length).toBeGreaterThan(1)
    expect(wrapped[1]?.[1]).toBe('25.10.2021')
  })
})
