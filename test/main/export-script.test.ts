/**
 * `npm run export` runs the bundled CLI (out/cli/cli.mjs) and rebuilds it only when one of its sources is newer —
 * never the app's main, preload and renderer, which the old script rebuilt on every call (~5 s of CPU).
 */
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from './export/docx-helpers'

describe('npm run export', () => {
  it('is the export script, which builds nothing of the app', () => {
    const scripts = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')).scripts
    expect(scripts.export).toBe('node scripts/export.mjs export')
    expect(readFileSync(resolve(repoRoot, 'scripts/export.mjs'), 'utf8')).not.toContain('electron-vite')
  })

  it('finds the bundle stale only when it is missing or a source is newer', async () => {
    const { isStale } = await import('../../scripts/export.mjs')
    const base = mkdtempSync(join(tmpdir(), 'export-stale-'))
    for (const dir of ['src/main/export', 'src/shared', 'scripts', 'out/cli'])
      mkdirSync(join(base, dir), { recursive: true })
    const source = join(base, 'src/main/export/document.ts')
    const bundle = join(base, 'out/cli/cli.mjs')
    for (const file of [source, join(base, 'src/shared/model.ts'), join(base, 'package-lock.json')]) {
      writeFileSync(file, '')
    }
    // Folders count too (a file added or removed changes its folder's time).
    for (const path of [
      'src/main/export/document.ts',
      'src/shared/model.ts',
      'package-lock.json',
      'src/main/export',
      'src/main',
      'src/shared'
    ]) {
      utimesSync(join(base, path), 1_000_000, 1_000_000)
    }
    expect(isStale(base, bundle)).toBe(true)
    writeFileSync(bundle, '')
    utimesSync(bundle, 2_000_000, 2_000_000)
    expect(isStale(base, bundle)).toBe(false)
    utimesSync(source, 3_000_000, 3_000_000)
    expect(isStale(base, bundle)).toBe(true)
  })

  it('exports with the bundle, and a second run reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-run-'))
    const example = resolve(repoRoot, 'resources/examples/esimerkki.tilannekuva.json')
    const exportTo = (name: string) =>
      spawnSync(process.execPath, ['scripts/export.mjs', 'export', example, '--out', join(dir, name)], {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 120_000
      })
    const first = exportTo('a.docx')
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    const bundle = resolve(repoRoot, 'out/cli/cli.mjs')
    const built = statSync(bundle).mtimeMs
    const second = exportTo('b.docx')
    expect(second.status).toBe(0)
    expect(statSync(bundle).mtimeMs).toBe(built)
    expect(existsSync(join(dir, 'b.docx'))).toBe(true)
    // The same report gives the same bytes.
    expect(readFileSync(join(dir, 'b.docx')).equals(readFileSync(join(dir, 'a.docx')))).toBe(true)
  })
})
