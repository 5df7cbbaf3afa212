/**
 * The same document properties and language whichever way the document is made — the app's own layout or an
 * organisation template: core (title, language, dates from the report, author as last modified by), app
 * (application, organisation) and custom properties (marking, diary number); the template's own w:lang replaced.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportReport, fillTemplate } from '../../../src/main/export'
import type { Report } from '../../../src/shared/model'
import { docxParts, exampleReport, repoRoot } from './docx-helpers'

const template = () => readFileSync(resolve(repoRoot, 'resources/templates/esimerkkipohja.docx'))

/** The elements of a properties part as [name, text] pairs, in order. */
const fields = (xml = '') =>
  [...xml.matchAll(/<((?:\w+:)?\w+)(?: [^>]*)?>([^<]*)<\/\1>/g)].map((m) => [m[1], m[2]] as [string, string])

function swedishSecret(): Report {
  const report = exampleReport()
  report.classification = { level: 'secret', legalBasis: 'JulkL 24.1 § 7 k' }
  return report
}

describe('document properties and language, own layout and organisation template alike', () => {
  it('are the same core, app and custom properties on both paths', async () => {
    const report = swedishSecret()
    const own = await docxParts(await exportReport(report, { language: 'sv' }))
    const filled = await docxParts(await fillTemplate(template(), report, { language: 'sv' }))
    for (const part of ['docProps/core.xml', 'docProps/app.xml', 'docProps/custom.xml']) {
      expect(fields(filled[part]), part).toEqual(fields(own[part]))
    }
    const core = own['docProps/core.xml'] as string
    expect(core).toContain('<dc:language>sv-FI</dc:language>')
    const w3c = (iso: string) => iso.replace(/\.\d+Z$/, 'Z')
    expect(core).toContain(
      `<dcterms:created xsi:type="dcterms:W3CDTF">${w3c(report.createdAt)}</dcterms:created>`
    )
    expect(core).toContain(
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3c(report.updatedAt)}</dcterms:modified>`
    )
    expect(core).toContain('<cp:lastModifiedBy>Maija Virtanen</cp:lastModifiedBy>')
    expect(own['docProps/app.xml']).toContain('<Company>Finansministeriet</Company>')
    const custom = own['docProps/custom.xml'] as string
    expect(custom).toContain(
      'name="Classification"><vt:lpwstr>SEKRETESSBELAGD (JulkL 24.1 § 7 k)</vt:lpwstr>'
    )
    expect(custom).toContain('name="DiaryNumber"><vt:lpwstr>VN/1234/2021</vt:lpwstr>')
  })

  it('declares the property parts in the template package', async () => {
    const filled = await docxParts(await fillTemplate(template(), exampleReport()))
    for (const part of ['core', 'app', 'custom']) {
      expect(filled['[Content_Types].xml']).toContain(`PartName="/docProps/${part}.xml"`)
      expect(filled['_rels/.rels']).toContain(`Target="docProps/${part}.xml"`)
    }
  })

  it("replaces the template's language with the report's", async () => {
    const original = await docxParts(template())
    expect(original['word/styles.xml']).toContain('w:val="fi-FI"')
    const filled = await docxParts(await fillTemplate(template(), exampleReport(), { language: 'sv' }))
    for (const [name, xml] of Object.entries(filled)) {
      if (!/^word\/(styles|header\d|footer\d)\.xml$/.test(name)) continue
      expect(xml, name).not.toMatch(/<w:lang\b[^>]*w:val="fi-FI"/)
    }
    expect(filled['word/styles.xml']).toMatch(/<w:lang\b[^>]*w:val="sv-FI"/)
  })
})
