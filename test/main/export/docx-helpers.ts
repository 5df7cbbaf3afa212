/** Test helpers: unzip an exported .docx and read its parts; the example report; a minimal valid report. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { reportSchema, type Report } from '../../../src/shared/model'

export const repoRoot = resolve(__dirname, '../../..')

/** The parts of a .docx as text, by path (XML and relationship parts only). */
export async function docxParts(buffer: Buffer): Promise<Record<string, string>> {
  const parts: Record<string, string> = {}
  for (const [name, data] of Object.entries(unzipSync(buffer))) {
    if (/\.(xml|rels)$/.test(name)) parts[name] = strFromU8(data)
  }
  return parts
}

/** The names of the entries of a .docx, in the order they are stored. */
export function entryNames(buffer: Buffer): string[] {
  return Object.keys(unzipSync(buffer))
}

/** The shipped example report, parsed. */
export function exampleReport(): Report {
  const path = resolve(repoRoot, 'resources/examples/esimerkki.tilannekuva.json')
  return reportSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
}

/** A minimal valid report with the given sections and overrides. */
export function minimalReport(overrides: Partial<Report> = {}): Report {
  return reportSchema.parse({
    schemaVersion: 2,
    id: 'r1',
    revision: 1,
    title: 'Tilannekuva',
    language: 'fi',
    createdAt: '2021-10-25T10:00:00.000Z',
    updatedAt: '2021-10-25T10:00:00.000Z',
    meeting: { date: '2021-10-25' },
    sections: [],
    ...overrides
  })
}

/** Paragraph elements of document.xml, each as its XML. */
export function paragraphs(xml: string): string[] {
  return xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []
}

/** Table elements (not nested) of document.xml, each as its XML. */
export function tables(xml: string): string[] {
  return xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []
}

/** The visible text of a piece of WordprocessingML. */
export function textOf(xml: string): string {
  return (xml.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')
}

/** The style of a paragraph. */
export const styleOf = (p: string): string | undefined => /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1]
