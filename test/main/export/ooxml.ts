/**
 * Checks an exported .docx the way docx's own CI does: every XML part must be well-formed, and document.xml,
 * headers, footers, styles, numbering and settings must validate against the OOXML schemas in test/fixtures/ooxml-schemas
 * (see its README), chart parts against the DrawingML chart schema.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { docxParts, repoRoot } from './docx-helpers'

/** The entry schema, part of the project so that a fresh clone validates with nothing beside it. */
export function schemaPath(): string {
  const path = resolve(repoRoot, 'test/fixtures/ooxml-schemas/microsoft/wml-2010.xsd')
  if (!existsSync(path)) throw new Error(`OOXML schemas not found at ${path}`)
  return path
}

function xmllint(args: string[]): string {
  try {
    execFileSync('xmllint', args, { stdio: 'pipe' })
    return ''
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error)
    return stderr.split('\n').slice(0, 5).join('\n')
  }
}

/**
 * The part as an MCE-aware reader (Word) sees it before schema validation: the attributes and empty elements of
 * the namespaces listed in mc:Ignorable (w14, w15 … of newer Word versions, as in organisation templates) dropped.
 */
function withoutIgnorable(xml: string): string {
  const prefixes = / mc:Ignorable="([^"]*)"/.exec(xml)?.[1]?.split(/\s+/).filter(Boolean) ?? []
  let out = xml.replace(/ mc:Ignorable="[^"]*"/, '')
  for (const prefix of prefixes) {
    out = out
      .replace(new RegExp(` ${prefix}:[\\w-]+="[^"]*"`, 'g'), '')
      .replace(new RegExp(`<${prefix}:[^>]*/>`, 'g'), '')
  }
  return out
}

/** The DrawingML chart schema, for word/charts/chartN.xml. */
function chartSchemaPath(): string {
  return resolve(repoRoot, 'test/fixtures/ooxml-schemas/ISO-IEC29500-4_2016/dml-chart.xsd')
}

/** Problems found in the package: one entry per failing xmllint run (schema parts, chart parts, other parts). */
export async function ooxmlProblems(buffer: Buffer): Promise<string[]> {
  const schema = schemaPath()
  const parts = await docxParts(buffer)
  const dir = mkdtempSync(join(tmpdir(), 'docx-check-'))
  try {
    const validated: string[] = []
    const charts: string[] = []
    const others: string[] = []
    for (const [name, xml] of Object.entries(parts)) {
      const file = join(dir, name.replace(/[/\\[\]]/g, '_'))
      const isSchemaPart = /^word\/(document|header\d*|footer\d*|styles|numbering|settings)\.xml$/.test(name)
      writeFileSync(file, isSchemaPart ? withoutIgnorable(xml) : xml)
      ;(isSchemaPart ? validated : /^word\/charts\/chart\d+\.xml$/.test(name) ? charts : others).push(file)
    }
    const problems: string[] = []
    if (!parts['word/document.xml']) problems.push('word/document.xml missing')
    if (validated.length > 0) problems.push(xmllint(['--nonet', '--noout', '--schema', schema, ...validated]))
    if (charts.length > 0)
      problems.push(xmllint(['--nonet', '--noout', '--schema', chartSchemaPath(), ...charts]))
    if (others.length > 0) problems.push(xmllint(['--nonet', '--noout', ...others]))
    return problems.filter(Boolean)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
