/**
 * LibreOffice (Debian's libreoffice-writer-nogui) must convert the exports to PDF with a plausible page count, and
 * the PDF must read right: no words merged where characters were cleaned away (counted with pdftotext), page
 * numbers in the table of contents. One soffice call converts them all (it is slow to start), with its own profile
 * folder so parallel runs do not lock each other out. Pages 1, 2 and the last of the fi, sv and en exports (a
 * draft, TL IV, final) and of the filled template are rendered to PNG under test-results/export/ to look at.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportReport, fillTemplate } from '../../../src/main/export'
import type { Report } from '../../../src/shared/model'
import { badInputReports } from '../../fixtures/export/reports'
import { exampleReport, repoRoot } from './docx-helpers'
import { p, reportWithNotes, t } from './notes-fixtures'

const PAGE_RANGES: Record<string, [number, number]> = {
  example: [4, 12],
  'example-sv-restricted': [4, 12],
  'example-en-final': [4, 12],
  'example-template': [4, 12],
  contents: [4, 12],
  'illegal-chars': [1, 4],
  'long-word': [1, 8],
  emoji: [1, 3],
  'sami-combining': [1, 3],
  rtl: [1, 3],
  empty: [1, 1],
  'sections-500': [20, 200],
  'hostile-title': [1, 3]
}

// Each with the words it must read as in the PDF: Word's control characters map to breaks and hyphens, anything
// removed between two letters leaves a space.
const CONTROL_CASES: [string, number][] = [
  ['rivi1\u000Brivi2', 2],
  ['sivu1\u000Csivu2', 2],
  ['Maija\uFFFEVirtanen', 2],
  ['EU\u001Emaat', 1],
  ['tieto\u001Fturva', 1],
  ['kyber\u00ADturva', 1],
  ['yksi\u0000\u0001kaksi', 2],
  ['Otsikko\u0007loppu', 2]
]

function controlReport(): Report {
  const report = reportWithNotes([CONTROL_CASES.map(([text]) => p(t(text))), [p(t('Loppu'))]], {
    state: 'final'
  })
  report.sections[0]!.title = 'Merkit'
  report.sections[1]!.title = 'Seuraava'
  return report
}

describe('LibreOffice converts the exports to PDF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'export-pdf-'))
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'))
  let output = ''
  const pdfText = (name: string, layout = false) =>
    execFileSync('pdftotext', [...(layout ? ['-layout'] : []), join(dir, `${name}.pdf`), '-'], {
      encoding: 'utf8'
    })

  beforeAll(async () => {
    const restricted = exampleReport()
    restricted.classification = { level: 'restricted', legalBasis: 'OffL 24.1 § 7 p' }
    const final = exampleReport()
    final.state = 'final'
    final.classification = { level: 'secret', legalBasis: 'JulkL 24.1 § 7 k' }
    const files: Record<string, Buffer> = {
      example: await exportReport(exampleReport()),
      'example-sv-restricted': await exportReport(restricted, { language: 'sv' }),
      'example-en-final': await exportReport(final, { language: 'en' }),
      'example-template': await fillTemplate(
        readFileSync(resolve(repoRoot, 'resources/templates/esimerkkipohja.docx')),
        restricted
      ),
      contents: await exportReport(exampleReport(), { includeContents: true }),
      words: await exportReport(controlReport(), { includeOverview: false, includeActionList: false })
    }
    for (const [name, report] of Object.entries(badInputReports())) files[name] = await exportReport(report)
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, `${name}.docx`), bytes)
    const inputs = Object.keys(files).map((name) => join(dir, `${name}.docx`))
    output = execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...inputs
      ],
      { encoding: 'utf8', timeout: 240_000 }
    )
  }, 300_000)

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
    rmSync(profile, { recursive: true, force: true })
  })

  it.each(Object.entries(PAGE_RANGES))('%s converts with %j pages', (name, [min, max]) => {
    const pdf = join(dir, `${name}.pdf`)
    expect(existsSync(pdf), `no PDF for ${name}; soffice said: ${output}`).toBe(true)
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
    expect(pages).toBeGreaterThanOrEqual(min)
    expect(pages).toBeLessThanOrEqual(max)
  })

  it('reads every word apart in the PDF where characters were cleaned or mapped (word count)', () => {
    const text = pdfText('words')
    // From the section's heading to the next section's.
    const start = text.lastIndexOf('Merkit', text.indexOf('rivi1'))
    const section = text.slice(start + 'Merkit'.length, text.indexOf('Seuraava', start))
    // Header lines of the page that the form feed starts, and the section's status line, are not the notes.
    const notes = section
      .split('\n')
      .filter((line) => !/^(TILANNEKUVA|\d+ \(\d+\)|\d+\.\d+\.\d{4}|Tila: .*)$/.test(line.trim()))
      .join(' ')
    const found = notes.split(/\s+/).filter(Boolean)
    expect(found).toEqual([
      'rivi1',
      'rivi2',
      'sivu1',
      'sivu2',
      'Maija',
      'Virtanen',
      expect.stringMatching(/^EU.maat$/),
      'tietoturva',
      'kyberturva',
      'yksi',
      'kaksi',
      'Otsikko',
      'loppu'
    ])
    expect(found).toHaveLength(CONTROL_CASES.reduce((sum, [, words]) => sum + words, 0))
    // The form feed started a new page.
    const pages = text.split('\f')
    expect(pages.findIndex((page) => page.includes('sivu1'))).toBeLessThan(
      pages.findIndex((page) => page.includes('sivu2'))
    )
  })

  it('prints the table of contents with page numbers', () => {
    const text = pdfText('contents', true)
    const line = (title: string) => text.split('\n').find((l) => l.includes(`${title}....`)) ?? ''
    expect(line('Yleiskuva')).toMatch(/\.\s*\d+\s*$/)
    expect(line('Digitaalinen identiteetti')).toMatch(/\.\s*\d+\s*$/)
    expect(Number(/(\d+)\s*$/.exec(line('Digitaalinen identiteetti'))?.[1])).toBeGreaterThan(
      Number(/(\d+)\s*$/.exec(line('Yleiskuva'))?.[1])
    )
  })

  it('prints the header on every page: the document name, "page (pages)", the draft mark', () => {
    const pages = pdfText('example')
      .split('\f')
      .filter((page) => page.trim())
    for (const [index, page] of pages.entries()) {
      expect(page).toContain('TILANNEKUVA')
      expect(page).toContain(`${index + 1} (${pages.length})`)
      expect(page).toContain('LUONNOS')
    }
  })

  it('renders pages 1, 2 and the last of the fi, sv, en and template exports to PNG under test-results/export/', () => {
    const out = resolve(repoRoot, 'test-results/export')
    rmSync(out, { recursive: true, force: true })
    mkdirSync(out, { recursive: true })
    for (const name of ['example', 'example-sv-restricted', 'example-en-final', 'example-template']) {
      const pdf = join(dir, `${name}.pdf`)
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1])
      for (const page of [1, 2, pages]) {
        execFileSync('pdftoppm', [
          '-r',
          '60',
          '-png',
          '-singlefile',
          '-f',
          String(page),
          '-l',
          String(page),
          pdf,
          join(out, `${name}-${page}`)
        ])
      }
    }
    const pngs = readdirSync(out).filter((f) => f.endsWith('.png'))
    expect(pngs).toContain('example-1.png')
    expect(pngs).toContain('example-template-1.png')
    expect(pngs.length).toBe(12)
  })
})
