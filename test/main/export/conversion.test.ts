/**
 * LibreOffice (Debian's libreoffice-writer-nogui) must convert the example report, a filled organisation template
 * and every bad-input case to PDF, with a plausible page count. One soffice call converts them all (it is slow to
 * start), with its own profile folder so parallel runs do not lock each other out. The example's first pages are
 * rendered to PNG under test-results/export/ for a person to look at.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportReport, fillTemplate } from '../../../src/main/export'
import { badInputReports } from '../../fixtures/export/reports'
import { exampleReport, repoRoot } from './docx-helpers'

const PAGE_RANGES: Record<string, [number, number]> = {
  example: [4, 12],
  'example-template': [4, 12],
  'illegal-chars': [1, 3],
  'long-word': [1, 8],
  emoji: [1, 3],
  'sami-combining': [1, 3],
  rtl: [1, 3],
  empty: [1, 1],
  'sections-500': [20, 200],
  'hostile-title': [1, 3]
}

describe('LibreOffice converts the exports to PDF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'export-pdf-'))
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'))
  let output = ''

  beforeAll(async () => {
    const files: Record<string, Buffer> = {
      example: await exportReport(exampleReport()),
      'example-template': await fillTemplate(
        readFileSync(resolve(repoRoot, 'resources/templates/esimerkkipohja.docx')),
        exampleReport()
      )
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

  it('renders the first pages of the example and the filled template to PNG under test-results/export/', () => {
    const out = resolve(repoRoot, 'test-results/export')
    rmSync(out, { recursive: true, force: true })
    mkdirSync(out, { recursive: true })
    for (const name of ['example', 'example-template']) {
      execFileSync('pdftoppm', [
        '-r',
        '70',
        '-png',
        '-f',
        '1',
        '-l',
        '3',
        join(dir, `${name}.pdf`),
        join(out, name)
      ])
    }
    const pngs = readdirSync(out).filter((f) => f.endsWith('.png'))
    // pdftoppm pads the page number to the width of the page count: example-1.png or example-01.png.
    expect(pngs.some((f) => /^example-0*1\.png$/.test(f))).toBe(true)
    expect(pngs.some((f) => /^example-template-0*1\.png$/.test(f))).toBe(true)
  })
})
