/**
 * Other readers of the exported charts: LibreOffice draws them (converted to PDF, the chart's own text — title, dates,
 * legend — is on the page, and pages are rendered to PNG under test-results/export-charts/ to look at, in fi, sv and
 * en); python-docx opens the document and finds each chart as an inline chart shape with its alt text; openpyxl reads
 * the embedded workbook that Word's "Edit data" opens and finds the chart's values where the chart's ranges point.
 * Needs soffice, pdftoppm and Debian's python3-docx and python3-openpyxl (README, .ci/run).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportReport } from '../../../src/main/export'
import { snapshotOf } from '../../../src/shared/key-figures/history'
import type { Language, Report } from '../../../src/shared/model'
import { fiveMeetings, ONLINE } from '../../shared/key-figures/chain'
import { repoRoot } from './docx-helpers'

const LANGUAGES: Language[] = ['fi', 'sv', 'en']
const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ')

describe('readers of the exported charts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'export-charts-'))
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'))
  const file = (language: Language, ext: string) => join(dir, `series-${language}.${ext}`)

  beforeAll(async () => {
    const meetings = fiveMeetings()
    for (const language of LANGUAGES) {
      const bytes = await exportReport(meetings[4] as Report, { language }, meetings.map(snapshotOf))
      writeFileSync(file(language, 'docx'), bytes)
    }
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...LANGUAGES.map((language) => file(language, 'docx'))
      ],
      { encoding: 'utf8', timeout: 240_000 }
    )
  }, 300_000)

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
    rmSync(profile, { recursive: true, force: true })
  })

  it('LibreOffice draws each chart: its title, the meeting dates and the legend are on the page', () => {
    const text = plain(execFileSync('pdftotext', [file('fi', 'pdf'), '-'], { encoding: 'utf8' }))
    // The chart's own text, not the table's: the legend's target line and the title on the chart.
    expect(text).toContain('Tavoite 100 % (2030)')
    expect(text).toContain('Tavoite 75 % (2030)')
    const english = plain(execFileSync('pdftotext', [file('en', 'pdf'), '-'], { encoding: 'utf8' }))
    expect(english).toContain('Target 100% (2030)')
    expect(english).toContain('15 September 2025')
  })

  it('renders the chart pages to PNG under test-results/export-charts/ in fi, sv and en', () => {
    const out = resolve(repoRoot, 'test-results/export-charts')
    rmSync(out, { recursive: true, force: true })
    mkdirSync(out, { recursive: true })
    for (const language of LANGUAGES) {
      execFileSync('pdftoppm', [
        '-r',
        '70',
        '-png',
        '-f',
        '1',
        '-l',
        '3',
        file(language, 'pdf'),
        join(out, language)
      ])
    }
    const listing = execFileSync('ls', [out], { encoding: 'utf8' }).split('\n').filter(Boolean)
    expect(listing).toEqual(expect.arrayContaining(['fi-2.png', 'sv-2.png', 'en-2.png']))
  })

  it('python-docx opens the document and finds each chart, with its alt text', () => {
    const script = [
      'import sys, docx',
      'from docx.enum.shape import WD_INLINE_SHAPE',
      'd = docx.Document(sys.argv[1])',
      'for s in d.inline_shapes:',
      '    pr = s._inline.docPr',
      '    print(s.type == WD_INLINE_SHAPE.CHART, pr.get("name"), sep="\\t")'
    ].join('\n')
    const lines = execFileSync('/usr/bin/python3', ['-c', script, file('fi', 'docx')], { encoding: 'utf8' })
      .trim()
      .split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toBe(`True\tKuvaaja: ${ONLINE}`)
    expect(lines.every((line) => line.startsWith('True\tKuvaaja: '))).toBe(true)
  })

  it('openpyxl reads the embedded workbook (Edit data): the dates and values where the chart points', () => {
    const script = [
      'import sys, io, zipfile, openpyxl',
      'z = zipfile.ZipFile(sys.argv[1])',
      'wb = openpyxl.load_workbook(io.BytesIO(z.read("word/embeddings/chart1.xlsx")))',
      'ws = wb.active',
      'print(ws.title)',
      'for row in ws.iter_rows(min_row=1, max_row=6, max_col=3, values_only=True):',
      '    print("|".join("" if v is None else str(v) for v in row))'
    ].join('\n')
    const lines = execFileSync('/usr/bin/python3', ['-c', script, file('sv', 'docx')], { encoding: 'utf8' })
      .trim()
      .split('\n')
    expect(lines.map(plain)).toEqual([
      'Blad1',
      '|Värde|Mål 100 % (2030)',
      '10.2.2025|72.5|100',
      '12.5.2025|75|100',
      '15.9.2025|76.1|100',
      '8.12.2025||100',
      '9.3.2026|79.2|100'
    ])
  })
})
