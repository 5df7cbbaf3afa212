import { describe, expect, it } from 'vitest'
import { defaultFileName, exportReport } from '../../../src/main/export'
import { badInputReports, ILLEGAL_CHARS } from '../../fixtures/export/reports'
import { sectionSchema } from '../../../src/shared/model'
import type { RichNode } from '../../../src/shared/richtext'
import { docxParts, paragraphs, textOf } from './docx-helpers'
import { ooxmlProblems } from './ooxml'

const cases = Object.entries(badInputReports())
const reportSchemaSection = () => sectionSchema.parse({ id: 'deep', title: 'Syvä' })

describe('bad input never makes a broken file', () => {
  it.each(cases)(
    '%s: every part is well-formed XML and the body, header and footer validate',
    async (_, report) => {
      const problems = await ooxmlProblems(await exportReport(report))
      expect(problems).toEqual([])
    }
  )

  it("removes the illegal characters, maps Word's own, and keeps the text around them apart", async () => {
    const { 'illegal-chars': report } = badInputReports()
    const xml = (await docxParts(await exportReport(report!)))['word/document.xml'] as string
    const title = paragraphs(xml).find((p) => p.includes('<w:pStyle w:val="Title"/>')) ?? ''
    // Tab, line breaks (LF, CR, vertical tab, and form feed in a title), the two hyphens; a space where
    // characters were removed between two letters.
    expect(title).toMatch(
      /<w:t>Otsikko<\/w:t><w:tab\/><w:br\/><w:br\/><w:br\/><w:br\/><w:noBreakHyphen\/><w:softHyphen\/><w:t>x loppu<\/w:t>/
    )
    expect(xml).toMatch(/Teksti<\/w:t><w:tab\/>/)
    expect(xml).toMatch(/<w:br w:type="page"\/>/)
    expect(xml).toMatch(/<w:br\/><w:t[^>]*>rivi/)
    for (const ch of ['\uFFFE', '\uFFFF', '\u0000', '\u000B', '\u000C', '\uD800'])
      expect(xml).not.toContain(ch)
    expect(ILLEGAL_CHARS).toContain('\uFFFF')
  })

  it('keeps emoji, Sámi and combining characters exactly', async () => {
    const reports = badInputReports()
    const emoji = (await docxParts(await exportReport(reports.emoji!)))['word/document.xml'] as string
    expect(emoji).toContain('Tilannekuva 🚀👩🏽‍💻🇫🇮')
    const sami = (await docxParts(await exportReport(reports['sami-combining']!)))[
      'word/document.xml'
    ] as string
    expect(sami).toContain('áčđŋšŧž ÁČĐŊŠŦŽ, e\u0301\u0302\u0323')
  })

  it('sets right-to-left paragraphs for Hebrew and Arabic text', async () => {
    const xml = (await docxParts(await exportReport(badInputReports().rtl!)))['word/document.xml'] as string
    const para = paragraphs(xml).find((p) => textOf(p).startsWith('هذا')) ?? ''
    expect(para).toContain('<w:bidi/>')
  })

  it('writes an empty report as a short document that says it has no sections', async () => {
    const xml = (await docxParts(await exportReport(badInputReports().empty!)))['word/document.xml'] as string
    expect(textOf(xml)).toContain('Raportissa ei ole osioita.')
  })

  it('writes all 500 sections as headings', async () => {
    const xml = (await docxParts(await exportReport(badInputReports()['sections-500']!)))['word/document.xml']
    const headings = paragraphs(xml as string).filter((p) => p.includes('<w:pStyle w:val="Heading1"/>'))
    expect(headings.map(textOf)).toContain('Osio 500')
    expect(headings.length).toBe(501)
  })

  it('survives notes nested thousands of levels deep, keeping their words', async () => {
    const report = badInputReports().empty!
    let node: RichNode = { type: 'paragraph', content: [{ type: 'text', text: 'pohjalla' }] }
    for (let i = 0; i < 5000; i++) node = { type: i % 2 ? 'blockquote' : 'bulletList', content: [node] }
    // Assigned after parsing: the point is what the exporter does with whatever reaches it.
    report.sections = [
      {
        ...reportSchemaSection(),
        notes: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'alku' }] }, node]
        }
      }
    ]
    const bytes = await exportReport(report)
    expect(textOf((await docxParts(bytes))['word/document.xml'] as string)).toContain('pohjalla')
    expect(await ooxmlProblems(bytes)).toEqual([])
  })

  it('gives a hostile title a safe default file name', () => {
    expect(defaultFileName(badInputReports()['hostile-title']!)).toBe('2021-10-25 Tilannekuva.docx')
  })
})
