/** @vitest-environment node */
import { readFile, writeFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ServiceError } from '../../../src/shared/contract'
import {
  classifyDocx,
  sectionsFromDocxBytes,
  sectionsFromDocxFile
} from '../../../src/main/templates/docx-import'

const fixture = (name: string): string => join(__dirname, '..', '..', 'fixtures', 'templates', name)

async function errorCodeOf(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught
  )
  expect(error).toBeInstanceOf(ServiceError)
  return (error as ServiceError).code
}

describe('importing sections from a Word document', () => {
  it('makes a section of each heading 1–2 with the text under it as guidance', async () => {
    const sections = await sectionsFromDocxFile(fixture('headings.docx'))
    expect(sections.map((s) => s.title)).toEqual([
      'Yhteenveto',
      'Kansainvälinen vertailu',
      'Riskit <ja> "haasteet"',
      'Seuraavat vaiheet'
    ])
    expect(sections[0]!.guidance).toBe('Kuvaa kokonaistilanne lyhyesti.\nMainitse tärkeimmät muutokset.')
    // A heading 3 stays inside its section as a line of guidance; list items keep a bullet.
    expect(sections[1]!.guidance).toBe(
      '• DESI-sijoitus\n• Digitaalisen vuosikymmenen tavoitteet\nLähteet\nEurostat & komissio'
    )
    expect(sections[2]!.guidance).toBe('Riski\nVaikutus')
    expect(sections[3]!.guidance).toBe('')
  })

  it('leaves out the cover text before the first heading', async () => {
    const sections = await sectionsFromDocxFile(fixture('headings.docx'))
    expect(sections.some((s) => s.guidance.includes('kansilehden'))).toBe(false)
  })

  it('refuses a document without headings', async () => {
    expect(await errorCodeOf(sectionsFromDocxFile(fixture('no-headings.docx')))).toBe('no_headings')
  })

  it('refuses a corrupt (truncated) .docx as not a Word document', async () => {
    expect(await errorCodeOf(sectionsFromDocxFile(fixture('corrupt.docx')))).toBe('not_docx')
  })

  it('recognises an encrypted .docx by its OLE signature and EncryptedPackage stream', async () => {
    const bytes = await readFile(fixture('encrypted.docx'))
    expect(classifyDocx(bytes)).toBe('encrypted')
    expect(await errorCodeOf(sectionsFromDocxFile(fixture('encrypted.docx')))).toBe('encrypted_docx')
    // A bare OLE signature (a protected file whose directory we cannot see) is also treated as encrypted.
    const bare = Buffer.concat([bytes.subarray(0, 8), Buffer.alloc(504)])
    expect(await errorCodeOf(sectionsFromDocxBytes(bare))).toBe('encrypted_docx')
  })

  it('tells an old binary Word 97 .doc apart from an encrypted .docx', async () => {
    expect(await errorCodeOf(sectionsFromDocxFile(fixture('legacy-word97.doc')))).toBe('not_docx')
  })

  it('refuses a text file, a zip that is not a Word document, and an empty file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'docx-import-'))
    const text = join(dir, 'notes.docx')
    await writeFile(text, 'Tämä on tekstitiedosto.')
    expect(await errorCodeOf(sectionsFromDocxFile(text))).toBe('not_docx')
    const zip = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100)])
    expect(await errorCodeOf(sectionsFromDocxBytes(zip))).toBe('not_docx')
    expect(await errorCodeOf(sectionsFromDocxBytes(Buffer.alloc(0)))).toBe('not_docx')
  })

  it('reports a missing file as not found', async () => {
    expect(await errorCodeOf(sectionsFromDocxFile(fixture('missing.docx')))).toBe('not_found')
  })
})
