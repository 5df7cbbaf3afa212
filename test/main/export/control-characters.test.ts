/**
 * Cleaning maps, never merges: Word's own control characters become Word's elements (a vertical tab is Word's
 * manual line break, a form feed its page break, U+001E its non-breaking hyphen, U+001F and U+00AD optional
 * hyphens), and anything else removed between two letters leaves a space. conversion.test.ts counts the words of
 * the PDF LibreOffice makes of the same text.
 */
import { describe, expect, it } from 'vitest'
import { exportReport } from '../../../src/main/export'
import { docxParts, paragraphs, textOf } from './docx-helpers'
import { p, reportWithNotes, t } from './notes-fixtures'

/** The notes paragraph of `text`, as written into document.xml. */
async function paragraphOf(text: string): Promise<string> {
  const xml = (await docxParts(await exportReport(reportWithNotes([[p(t(text))]]))))[
    'word/document.xml'
  ] as string
  const firstWord = /^[\p{L}\p{N}]+/u.exec(text)?.[0] ?? text
  return paragraphs(xml).find((x) => textOf(x).startsWith(firstWord)) ?? ''
}

describe("Word's control characters in a report's text", () => {
  it('writes a vertical tab as a line break', async () => {
    expect(await paragraphOf('rivi1\u000Brivi2')).toMatch(/<w:t>rivi1<\/w:t><w:br\/><w:t>rivi2<\/w:t>/)
  })

  it('writes a form feed as a page break', async () => {
    expect(await paragraphOf('sivu1\u000Csivu2')).toMatch(
      /<w:t>sivu1<\/w:t><w:br w:type="page"\/><w:t>sivu2<\/w:t>/
    )
  })

  it('writes U+001E as a non-breaking hyphen and U+001F and the soft hyphen as optional hyphens', async () => {
    expect(await paragraphOf('EU\u001Emaat')).toMatch(/<w:t>EU<\/w:t><w:noBreakHyphen\/><w:t>maat<\/w:t>/)
    expect(await paragraphOf('tieto\u001Fturva')).toMatch(
      /<w:t>tieto<\/w:t><w:softHyphen\/><w:t>turva<\/w:t>/
    )
    expect(await paragraphOf('kyber\u00ADturva')).toMatch(
      /<w:t>kyber<\/w:t><w:softHyphen\/><w:t>turva<\/w:t>/
    )
  })

  it('leaves a space where a removed character stood between two letters', async () => {
    expect(textOf(await paragraphOf('Maija\uFFFEVirtanen'))).toBe('Maija Virtanen')
    expect(textOf(await paragraphOf('yksi\u0000\u0001kaksi'))).toBe('yksi kaksi')
  })
})
