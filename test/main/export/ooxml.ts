/**
 * Checks an exported .docx the way docx's own CI does: every XML part must be well-formed, and document.xml,
 * headers and footers must validate against the OOXML schemas in test/fixtures/ooxml-schemas (see its README).
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

/** Problems found in the package: one entry per failing xmllint run (two runs: schema parts, other parts). */
export async function ooxmlProblems(buffer: Buffer): Promise<string[]> {
  const schema = schemaPath()
  const parts = await docxParts(buffer)
  const dir = mkdtempSync(join(tmpdir(), 'docx-check-'))
  try {
    const validated: string[] = []
    const others: string[] = []
    for (const [name, xml] of Object.entries(parts)) {
      const file = join(dir, name.replace(/[/\\[\]]/g, '_'))
      const isSchemaPart = /^word\/(document|header\d*|footer\d*)\.xml$/.test(name)
      // mc:Ignorable is processed by an MCE-aware reader (Word) before schema validation; plain XSD does not know it.
      writeFileSync(file, isSchemaPart ? xml.replace(/ mc:Ignorable="[^"]*"/, '') : xml)
      ;(isSchemaPart ? validated : others).push(file)
    }
    const problems: string[] = []
    if (!parts['word/document.xml']) problems.push('word/document.xml missing')
    if (validated.length > 0) problems.push(xmllint(['--nonet', '--noout', '--schema', schema, ...validated]))
    if (others.length > 0) problems.push(xmllint(['--nonet', '--noout', ...others]))
    return problems.filter(Boolean)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
