import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArgs, runCli } from '../../src/main/cli'
import { fiveMeetings } from '../shared/key-figures/chain'
import { docxParts, repoRoot, textOf } from './export/docx-helpers'

const example = resolve(repoRoot, 'resources/examples/esimerkki.tilannekuva.json')

async function run(argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(
    argv,
    (l) => out.push(l),
    (l) => err.push(l)
  )
  return { code, out, err }
}

describe('headless export CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-'))

  it('exports the example report to .docx', async () => {
    const target = join(dir, 'esimerkki.docx')
    const { code, err } = await run(['export', example, '--out', target])
    expect(err).toEqual([])
    expect(code).toBe(0)
    const parts = await docxParts(readFileSync(target))
    expect(textOf(parts['word/document.xml'] as string)).toContain('Tilannekuva – digitalisaatio')
  })

  it('exports in another language with --lang', async () => {
    const target = join(dir, 'en.docx')
    expect((await run(['export', example, '--out', target, '--lang', 'en'])).code).toBe(0)
    const parts = await docxParts(readFileSync(target))
    expect(parts['word/document.xml']).toContain('25 October 2021')
  })

  it('exits 1 with one clear line for a file that is not a report', async () => {
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, '{"schemaVersion": 2, "title": 5}')
    const notJson = join(dir, 'x.json')
    writeFileSync(notJson, 'not json')
    for (const [file, message] of [
      [bad, 'not a valid report'],
      [notJson, 'not a JSON file'],
      [join(dir, 'missing.json'), 'cannot read the file']
    ] as const) {
      const { code, err } = await run(['export', file, '--out', join(dir, 'x.docx')])
      expect(code).toBe(1)
      expect(err).toHaveLength(1)
      expect(err[0]).toContain(message)
      expect(err[0]).not.toContain('\n')
    }
  })

  it('refuses a report from a newer version', async () => {
    const newer = join(dir, 'newer.json')
    writeFileSync(newer, JSON.stringify({ ...JSON.parse(readFileSync(example, 'utf8')), schemaVersion: 99 }))
    const { code, err } = await run(['export', newer, '--out', join(dir, 'n.docx')])
    expect(code).toBe(1)
    expect(err[0]).toContain('newer version')
  })

  it('validates without exporting', async () => {
    const { code, out } = await run(['validate', example])
    expect(code).toBe(0)
    expect(out[0]).toContain('13 sections')
  })

  it('charts the key figures with --series, the predecessors read from that folder by id; not with --charts off', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cli-series-'))
    const meetings = fiveMeetings()
    // The app's reports folder names files <id>.json; files the app saved are <id>.tilannekuva.json.
    for (const report of meetings.slice(0, 4))
      writeFileSync(
        join(folder, `${report.id}${report.id === 'm2' ? '.tilannekuva' : ''}.json`),
        JSON.stringify(report)
      )
    const input = join(dir, 'm5.tilannekuva.json')
    writeFileSync(input, JSON.stringify(meetings[4]))
    const charts = async (...flags: string[]) => {
      const target = join(dir, 'series.docx')
      const { code, err } = await run(['export', input, '--out', target, ...flags])
      expect(err).toEqual([])
      expect(code).toBe(0)
      return Object.keys(await docxParts(readFileSync(target))).filter((n) =>
        /^word\/charts\/chart\d+\.xml$/.test(n)
      )
    }
    expect(await charts('--series', folder)).toHaveLength(3)
    expect(await charts('--series', folder, '--charts', 'off')).toEqual([])
    // Without the earlier meetings there is nothing to compare: no chart, and no error.
    expect(await charts()).toEqual([])
    expect((await run(['export', input, '--out', join(dir, 'x.docx'), '--charts', 'maybe'])).code).toBe(2)
  })

  it('exits 2 on bad usage', async () => {
    expect((await run([])).code).toBe(2)
    expect((await run(['export', example])).code).toBe(2)
    expect((await run(['export', example, '--out', 'x.docx', '--lang', 'de'])).code).toBe(2)
    expect(() => parseArgs(['export', example, '--out'])).toThrow('missing value for --out')
  })
})

describe('the CLI runs without Electron', () => {
  it('imports nothing from electron, directly or through the exporter', () => {
    const files = [
      resolve(repoRoot, 'src/main/cli.ts'),
      ...readdirSync(resolve(repoRoot, 'src/main/export')).map((f) => resolve(repoRoot, 'src/main/export', f))
    ]
    for (const file of files) expect(readFileSync(file, 'utf8')).not.toMatch(/from ['"]electron['"]/)
  })
})
