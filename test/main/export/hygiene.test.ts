/**
 * The package is clean: every style the document names is defined, Strong is a character style, every table has
 * its look, app.xml says what made the file, [Content_Types].xml comes first, a mailto link hiding a line break is
 * refused — and the same report with the same options gives the same bytes, own layout and template alike.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportReport, fillTemplate } from '../../../src/main/export'
import { docxParts, entryNames, exampleReport, repoRoot, tables } from './docx-helpers'
import { ooxmlProblems } from './ooxml'
import { p, reportWithNotes, t } from './notes-fixtures'

const template = () => readFileSync(resolve(repoRoot, 'resources/templates/esimerkkipohja.docx'))

/** Every style id the parts refer to (pStyle, rStyle, tblStyle, basedOn, next, link). */
function referencedStyles(parts: Record<string, string>): Set<string> {
  const ids = new Set<string>()
  for (const [name, xml] of Object.entries(parts)) {
    if (!name.startsWith('word/')) continue
    for (const m of xml.matchAll(/<w:(?:pStyle|rStyle|tblStyle|basedOn|next|link) w:val="([^"]+)"/g))
      ids.add(m[1] as string)
  }
  return ids
}
const definedStyles = (styles: string) =>
  new Set([...styles.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"/g)].map((m) => m[1]))

describe('a clean package', () => {
  let bytes: Buffer
  let parts: Record<string, string>
  beforeAll(async () => {
    bytes = await exportReport(exampleReport(), { includeContents: true })
    parts = await docxParts(bytes)
  })

  it('defines every style it refers to, on both paths', async () => {
    const filled = await docxParts(await fillTemplate(template(), exampleReport()))
    for (const each of [parts, filled]) {
      const defined = definedStyles(each['word/styles.xml'] as string)
      const missing = [...referencedStyles(each)].filter((id) => !defined.has(id))
      expect(missing).toEqual([])
    }
  })

  it('defines Strong and Hyperlink as character styles', () => {
    const styles = parts['word/styles.xml'] as string
    expect(styles).toContain('<w:style w:type="character" w:styleId="Strong">')
    expect(styles).toContain('<w:style w:type="character" w:styleId="Hyperlink">')
    expect(parts['word/document.xml']).toContain('<w:rStyle w:val="Strong"/>')
  })

  it('gives every table its look (header row on, banding off)', () => {
    for (const table of tables(parts['word/document.xml'] as string)) {
      expect(table).toMatch(/<w:tblLook w:val="0620" w:firstRow="1" [^>]*w:noHBand="1" w:noVBand="1"\/>/)
    }
  })

  it('says in app.xml which application made it and for which organisation', () => {
    const app = parts['docProps/app.xml'] as string
    expect(app).toContain('<Application>Tilannekuva</Application>')
    expect(app).toContain('<Company>Valtiovarainministeriö</Company>')
  })

  it('stores [Content_Types].xml first, on both paths', async () => {
    expect(entryNames(bytes)[0]).toBe('[Content_Types].xml')
    expect(entryNames(await fillTemplate(template(), exampleReport()))[0]).toBe('[Content_Types].xml')
  })

  it('validates styles, numbering and settings against the schemas too', async () => {
    expect(await ooxmlProblems(bytes)).toEqual([])
  })

  it('refuses a mailto link with an encoded line break (header injection) and keeps its text', async () => {
    const report = reportWithNotes([
      [
        p(
          t('kirjoita', {
            type: 'link',
            attrs: { href: 'mailto:kirjaamo@vm.fi?subject=x%0ABcc:muut@example.com' }
          })
        ),
        p(t('posti', { type: 'link', attrs: { href: 'mailto:kirjaamo@vm.fi?subject=Tilannekuva' } }))
      ]
    ])
    const written = await docxParts(await exportReport(report))
    const rels = written['word/_rels/document.xml.rels'] as string
    expect(rels).not.toContain('%0A')
    expect(rels).toContain('mailto:kirjaamo@vm.fi?subject=Tilannekuva')
    expect(written['word/document.xml']).toContain('<w:t>kirjoita</w:t>')
  })

  it('gives the same bytes for the same report and options, own layout and template alike', async () => {
    const again = await exportReport(exampleReport(), { includeContents: true })
    expect(again.equals(bytes)).toBe(true)
    const one = await fillTemplate(template(), exampleReport(), { language: 'sv' })
    const two = await fillTemplate(template(), exampleReport(), { language: 'sv' })
    expect(one.equals(two)).toBe(true)
  })
})
