/**
 * The rules of Word's accessibility checker that can be checked offline, on the example report in fi, sv and en
 * and on notes written to trip them: a title and a language are set; heading levels never skip one on the way
 * down; every table has a header row; every image or chart has alternative text; colour never carries meaning
 * alone (every shaded cell or run holds the status word it colours).
 */
import { describe, expect, it } from 'vitest'
import { exportReport } from '../../../src/main/export'
import type { Language } from '../../../src/shared/model'
import { docxParts, exampleReport, paragraphs, styleOf, tables, textOf } from './docx-helpers'
import { p, reportWithNotes, t } from './notes-fixtures'

const STATUS_WORDS: Record<Language, string[]> = {
  fi: ['Ei arvioitu', 'Etenee suunnitellusti', 'Vaatii huomiota', 'Kriittinen'],
  sv: ['Inte bedömd', 'Framskrider enligt plan', 'Kräver uppmärksamhet', 'Kritisk'],
  en: ['Not assessed', 'On track', 'Needs attention', 'Critical']
}

/** What Word's checker would report for a document, as readable problems. */
function accessibilityProblems(parts: Record<string, string>, language: Language): string[] {
  const problems: string[] = []
  const document = parts['word/document.xml'] as string
  const core = parts['docProps/core.xml'] as string
  if (!/<dc:title>[^<]+<\/dc:title>/.test(core)) problems.push('no document title')
  if (!/<dc:language>[a-z]{2}-[A-Z]{2}<\/dc:language>/.test(core)) problems.push('no document language')
  if (!/<w:docDefaults>[\s\S]*<w:lang w:val="[a-z]{2}-[A-Z]{2}"/.test(parts['word/styles.xml'] ?? '')) {
    problems.push('no default proofing language')
  }
  let level = 0
  for (const para of paragraphs(document)) {
    const heading = /^Heading(\d)$/.exec(styleOf(para) ?? '')
    if (!heading) continue
    const next = Number(heading[1])
    if (next > level + 1) problems.push(`heading "${textOf(para)}" skips from level ${level} to ${next}`)
    level = next
  }
  for (const table of tables(document)) {
    const firstRow = /<w:tr>[\s\S]*?<\/w:tr>/.exec(table)?.[0] ?? ''
    if (!firstRow.includes('<w:tblHeader/>'))
      problems.push(`table "${textOf(table).slice(0, 30)}" has no header row`)
  }
  for (const drawing of document.match(/<w:drawing>[\s\S]*?<\/w:drawing>/g) ?? []) {
    if (!/<wp:docPr [^>]*descr="[^"]+"/.test(drawing)) problems.push('an image without alternative text')
  }
  const cells = document.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []
  const runs = document.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []
  for (const shaded of [...cells, ...runs].filter((x) => /<w:shd [^>]*w:fill="(?!auto)/.test(x))) {
    const text = textOf(shaded)
    if (!STATUS_WORDS[language].some((word) => text.includes(word)))
      problems.push(`colour without a word: "${text}"`)
  }
  return problems
}

describe("Word's accessibility checker, offline", () => {
  it.each(['fi', 'sv', 'en'] as const)('finds nothing in the example report in %s', async (language) => {
    const parts = await docxParts(await exportReport(exampleReport(), { language, includeContents: true }))
    expect(accessibilityProblems(parts, language)).toEqual([])
  })

  it('keeps heading levels in order and gives every table a header row, whatever the notes hold', async () => {
    const report = reportWithNotes([
      [
        { type: 'heading', attrs: { level: 3 }, content: [t('Syvä otsikko heti osion alla')] },
        p(t('teksti')),
        { type: 'heading', attrs: { level: 1 }, content: [t('Ylempi otsikko')] },
        {
          type: 'table',
          content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p(t('ei otsakesolua'))] }] }]
        }
      ]
    ])
    const parts = await docxParts(await exportReport(report))
    expect(accessibilityProblems(parts, 'fi')).toEqual([])
    // The note's level-3 heading directly under the section's Heading 1 becomes a Heading 2.
    const heading = paragraphs(parts['word/document.xml'] as string).find(
      (x) => textOf(x) === 'Syvä otsikko heti osion alla'
    )
    expect(styleOf(heading ?? '')).toBe('Heading2')
  })

  it('would catch a skipped heading level, a table without a header row and a colour without its word', () => {
    const broken = {
      'docProps/core.xml': '<dc:title></dc:title>',
      'word/styles.xml': '',
      'word/document.xml':
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>A</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:t>B</w:t></w:r></w:p>' +
        '<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="FFE8A3"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
    }
    expect(accessibilityProblems(broken, 'fi')).toEqual([
      'no document title',
      'no document language',
      'no default proofing language',
      'heading "B" skips from level 1 to 3',
      'table "x" has no header row',
      'colour without a word: "x"'
    ])
  })
})
