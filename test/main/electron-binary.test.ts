/**
 * Finding Electron's executable without starting a download: since Electron 42, `require('electron')` with the
 * binary missing tries to download it (printing a stack where the site is unreachable). npm start and
 * npm run smoke use scripts/electron-binary.mjs instead.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script without type declarations
import { electronBinary } from '../../scripts/electron-binary.mjs'

const find = electronBinary as (options: {
  electronDir: string
  env: Record<string, string>
}) => string | null

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A project whose electron package was installed with the binary download skipped, as on this machine. */
function projectWithoutBinary(): string {
  dir = mkdtempSync(join(tmpdir(), 'electron-pkg-'))
  const electronDir = join(dir, 'node_modules', 'electron')
  mkdirSync(electronDir, { recursive: true })
  mkdirSync(join(dir, 'scripts'))
  writeFileSync(join(electronDir, 'package.json'), '{"name":"electron","main":"index.js"}')
  // What Electron's index.js does without path.txt: try to download, fail offline with a stack.
  writeFileSync(
    join(electronDir, 'index.js'),
    "console.log('Downloading Electron binary...'); throw new TypeError('fetch failed')\n"
  )
  for (const script of ['start.mjs', 'electron-binary.mjs']) {
    copyFileSync(join('scripts', script), join(dir, 'scripts', script))
  }
  return electronDir
}

describe('electronBinary', () => {
  it('lets npm start say one line, without trying a download, when the binary was never downloaded', () => {
    projectWithoutBinary()
    const run = spawnSync(process.execPath, [join(dir, 'scripts', 'start.mjs')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '' },
      timeout: 20_000
    })
    expect(run.stdout).toBe('')
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/^Tilannekuva: the Electron binary is not installed/)
    expect(run.status).toBe(1)
  })

  it('is null when path.txt names an executable that is not there', () => {
    const electronDir = projectWithoutBinary()
    writeFileSync(join(electronDir, 'path.txt'), 'electron')
    expect(find({ electronDir, env: {} })).toBeNull()
  })

  it('is the executable inside dist/ when the download happened', () => {
    const electronDir = projectWithoutBinary()
    writeFileSync(join(electronDir, 'path.txt'), 'electron')
    mkdirSync(join(electronDir, 'dist'))
    writeFileSync(join(electronDir, 'dist', 'electron'), '')
    expect(find({ electronDir, env: {} })).toBe(join(electronDir, 'dist', 'electron'))
  })

  it('follows ELECTRON_OVERRIDE_DIST_PATH as the electron package does', () => {
    const electronDir = projectWithoutBinary()
    mkdirSync(join(dir, 'other'))
    writeFileSync(join(dir, 'other', 'electron'), '')
    expect(find({ electronDir, env: { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'other') } })).toBe(
      join(dir, 'other', 'electron')
    )
    expect(find({ electronDir, env: { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent' } })).toBeNull()
  })
})
