/**
 * A legal basis is exported only with a class that has one (secret, TL IV): a basis typed under another class and
 * left in the data never reaches the page header, the title block or the document properties.
 */
import { describe, expect, it } from 'vitest'
import { exportReport } from '../../../src/main/export'
import type { Classification } from '../../../src/shared/model'
import { docxParts, minimalReport, paragraphs, styleOf, textOf } from './docx-helpers'

const BASIS = 'JulkL 24.1 § 7 k'

async function marking(classification: Classification) {
  const parts = await docxParts(await exportReport(minimalReport({ classification })))
  const body = paragraphs(parts['word/document.xml'] as string)
  return {
    header: textOf(parts['word/header1.xml'] as string),
    titleBlock: body.filter((p) => styleOf(p) === 'Marking').map(textOf),
    properties: `${parts['docProps/core.xml']}${parts['docProps/custom.xml']}`
  }
}

describe('the legal basis in the exported marking', () => {
  it.each([
    ['secret', ['SALASSA PIDETTÄVÄ (JulkL 24.1 § 7 k)']],
    ['restricted', ['KÄYTTÖ RAJOITETTU TL IV', 'SALASSA PIDETTÄVÄ (JulkL 24.1 § 7 k)']]
  ] as const)('is written for %s in the header, the title block and the properties', async (level, lines) => {
    const { header, titleBlock, properties } = await marking({ level, legalBasis: BASIS })
    expect(titleBlock).toEqual(lines)
    for (const line of lines) expect(header).toContain(line)
    expect(properties).toContain(BASIS)
  })

  it.each(['public', 'none'] as const)(
    'is never written for %s, even when one is left in the data',
    async (level) => {
      const { header, titleBlock, properties } = await marking({ level, legalBasis: BASIS })
      expect(header).not.toContain('24.1')
      expect(titleBlock.join()).not.toContain('24.1')
      expect(properties).not.toContain('24.1')
      expect(titleBlock).toEqual(level === 'public' ? ['JULKINEN'] : [])
    }
  )
})
