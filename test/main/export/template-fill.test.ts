import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Document, Packer, Paragraph } from 'docx'
import { describe, expect, it } from 'vitest'
import { ServiceError } from '../../../src/shared/contract'
import { fillTemplate, templatePlaceholders } from '../../../src/main/export'
import { docxParts, exampleReport, paragraphs, repoRoot, textOf } from './docx-helpers'
import { ooxmlProblems } from './ooxml'

const sample = () => readFileSync(resolve(repoRoot, 'resources/templates/esimerkkipohja.docx'))

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
    return 'no error'
  } catch (error) {
    return error instanceof ServiceError ? error.code : String(error)
  }
}

describe('organisation template fill', () => {
  it('finds the placeholders of the sample template', async () => {
    const names = await templatePlaceholders(sample())
    expect(names).toEqual(expect.arrayContaining(['title', 'meeting_date', 'classification', 'body']))
  })

  it('fills every placeholder and keeps the template’s styles, logo and header', async () => {
    const bytes = await fillTemplate(sample(), exampleReport())
    const parts = await docxParts(bytes)
    const all = Object.values(parts).join('\n')
    expect(all).not.toMatch(/\{\{\w+\}\}/)
    const body = parts['word/document.xml'] as string
    const text = textOf(body)
    expect(text).toContain('Tilannekuva – digitalisaatio')
    expect(text).toContain('25.10.2021 klo 13.00')
    expect(text).toContain('LUONNOS')
    // The report's content went into {{body}}: sections as Heading 1, lists numbered.
    const headings = paragraphs(body)
      .filter((p) => p.includes('<w:pStyle w:val="Heading1"/>'))
      .map(textOf)
    expect(headings).toContain('Digitaalinen identiteetti')
    expect(body).toContain('<w:numPr>')
    // The template's look: its Arial, green Heading 1, header logo and header marking.
    const styles = parts['word/styles.xml'] as string
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?w:color w:val="005A3C"/)
    expect(styles).toContain('w:ascii="Arial"')
    // Styles the template lacked were added, so tables and lists keep their look.
    expect(styles).toContain('w:styleId="TableText"')
    expect(styles).toContain('w:styleId="ReportTable"')
    expect(textOf(parts['word/header1.xml'] as string)).toContain('JULKINEN')
    expect(parts['word/_rels/header1.xml.rels']).toContain('media/')
    expect(parts['docProps/core.xml']).toContain('Tilannekuva – digitalisaatio')
    expect(await ooxmlProblems(bytes)).toEqual([])
  })

  it('refuses a file that is not a .docx', async () => {
    expect(await codeOf(fillTemplate(Buffer.from('not a zip'), exampleReport()))).toBe('not_docx')
    expect(await codeOf(templatePlaceholders(readFileSync(resolve(repoRoot, 'package.json'))))).toBe(
      'not_docx'
    )
  })

  it('refuses a password-protected (encrypted) .docx', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512)
    ])
    expect(await codeOf(templatePlaceholders(ole))).toBe('encrypted_docx')
  })

  it('refuses a .docx without placeholders', async () => {
    const plain = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('Ei paikkamerkkejä')] }] })
    )
    expect(await codeOf(fillTemplate(plain, exampleReport()))).toBe('no_placeholders')
  })
})
