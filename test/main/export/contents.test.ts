/**
 * The table of contents never reaches paper without page numbers: it is left out unless asked for, and when asked
 * for it lists Heading 1–3, each entry a link to its heading with a PAGEREF field (LibreOffice lays those out
 * itself; conversion.test.ts reads the numbers from the PDF), and the document asks Word to update its fields.
 */
import { describe, expect, it } from 'vitest'
import { exportReport } from '../../../src/main/export'
import { docxParts, exampleReport, paragraphs, styleOf, textOf } from './docx-helpers'

describe('the table of contents', () => {
  it('is left out by default, and Word is then never asked to update fields', async () => {
    const parts = await docxParts(await exportReport(exampleReport()))
    expect(parts['word/document.xml']).not.toContain('PAGEREF')
    expect(paragraphs(parts['word/document.xml'] as string).some((p) => styleOf(p)?.startsWith('TOC'))).toBe(
      false
    )
    expect(parts['word/settings.xml']).not.toContain('updateFields')
  })

  it('when asked for, lists headings 1–3 after the title block, each linked to its heading with its page number', async () => {
    const parts = await docxParts(await exportReport(exampleReport(), { includeContents: true }))
    const xml = parts['word/document.xml'] as string
    const body = paragraphs(xml)
    const entries = body.filter((p) => /^TOC\d$/.test(styleOf(p) ?? ''))
    const headings = body.filter((p) => /^Heading[123]$/.test(styleOf(p) ?? ''))
    expect(entries.map(textOf)).toEqual(headings.map(textOf))
    expect(entries.map((p) => styleOf(p)?.slice(3))).toEqual(headings.map((p) => styleOf(p)?.slice(7)))
    expect(new Set(entries.map((p) => styleOf(p)))).toEqual(new Set(['TOC1', 'TOC2']))
    for (const [i, entry] of entries.entries()) {
      const anchor = /w:anchor="([^"]+)"/.exec(entry)?.[1] ?? ''
      expect(entry).toContain(`PAGEREF ${anchor} \\h`)
      expect(headings[i]).toContain(`<w:bookmarkStart w:id="${i + 1}" w:name="${anchor}"/>`)
    }
    // After the title block and agenda, before the first Heading 1.
    const label = body.findIndex((p) => styleOf(p) === 'TOCHeading')
    expect(textOf(body[label] ?? '')).toBe('Sisällys')
    expect(body.findIndex((p) => textOf(p) === 'Muut asiat')).toBeLessThan(label)
    expect(body.findIndex((p) => styleOf(p) === 'Heading1')).toBeGreaterThan(label)
    // Word fills the numbers when the file opens.
    expect(parts['word/settings.xml']).toContain('<w:updateFields w:val="true"/>')
    // The entries' page numbers end at the right margin with dot leaders.
    expect(parts['word/styles.xml']).toMatch(/w:styleId="TOC1"[\s\S]*?<w:tab w:val="right" w:leader="dot"/)
  })
})
