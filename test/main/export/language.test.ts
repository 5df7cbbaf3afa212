/**
 * Each run is tagged with the language its text is written in: a Finnish report exported in Swedish has Swedish
 * labels (the document's language, sv-FI, on the styles) and Finnish content (fi-FI on its runs), so spelling
 * checkers and screen readers read each part in its own language.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { exportReport } from '../../../src/main/export'
import { docxParts, exampleReport, paragraphs, textOf } from './docx-helpers'

/** Runs of a piece of XML as [language or '', text]. */
const runs = (xml: string) =>
  [...xml.matchAll(/<w:r>(?:<w:rPr>([\s\S]*?)<\/w:rPr>)?([\s\S]*?)<\/w:r>/g)].map(
    (m) => [/<w:lang w:val="([^"]+)"/.exec(m[1] ?? '')?.[1] ?? '', textOf(m[2] ?? '')] as [string, string]
  )

describe('the language of each run', () => {
  let sv: Record<string, string>
  let fi: Record<string, string>
  beforeAll(async () => {
    sv = await docxParts(await exportReport(exampleReport(), { language: 'sv' }))
    fi = await docxParts(await exportReport(exampleReport()))
  })

  it('tags the report’s own text with its language when the document is in another', () => {
    const xml = sv['word/document.xml'] as string
    const heading =
      paragraphs(xml).find((p) => textOf(p) === 'Digitaalinen identiteetti' && p.includes('Heading1')) ?? ''
    expect(runs(heading)).toEqual([['fi-FI', 'Digitaalinen identiteetti']])
    const note =
      paragraphs(xml).find((p) => textOf(p).startsWith('Julkisen hallinnon digitalisaatio etenee')) ?? ''
    expect(runs(note).length).toBeGreaterThan(1)
    for (const [lang] of runs(note)) expect(lang).toBe('fi-FI')
  })

  it('leaves the labels in the document’s language (untagged: the styles say sv-FI)', () => {
    const xml = sv['word/document.xml'] as string
    const status = paragraphs(xml).find((p) => textOf(p).startsWith('Status: ')) ?? ''
    expect(runs(status).slice(0, 2)).toEqual([
      ['', 'Status: '],
      ['', 'Kräver uppmärksamhet']
    ])
    expect(sv['word/styles.xml']).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="sv-FI"/)
  })

  it('tags nothing when the document is in the report’s own language', () => {
    expect(fi['word/document.xml']).not.toContain('<w:lang ')
  })
})
