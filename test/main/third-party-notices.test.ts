/**
 * resources/THIRD-PARTY-NOTICES.txt ships with the app: it must name every component the app ships with its
 * licence, and be regenerated whenever the lockfile changes (scripts/third-party-notices.mjs).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const NOTICES = 'resources/THIRD-PARTY-NOTICES.txt'
const check = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/third-party-notices.mjs', '--check', ...args], { encoding: 'utf8' })

describe('third-party notices', () => {
  it('are up to date with package-lock.json and the spelling engines', () => {
    const run = check()
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('are refused when out of date', () => {
    const stale = join(mkdtempSync(join(tmpdir(), 'notices-')), 'notices.txt')
    writeFileSync(stale, readFileSync(NOTICES, 'utf8').replace(/^dictionary-sv .*\n/mu, ''))
    const run = check('--output', stale)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('out of date')
  })

  it('name every runtime package of the lockfile, the engines and dictionaries, and no dev-only package', () => {
    const notices = readFileSync(NOTICES, 'utf8')
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { version?: string; dev?: boolean; devOptional?: boolean; name?: string }>
    }
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (!path.startsWith('node_modules/')) continue
      const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 13)
      const listed = notices.includes(`\n${name} ${entry.version} — `)
      expect(listed, `${name} ${entry.version}`).toBe(!entry.dev && !entry.devOptional)
    }
    expect(notices).toContain('dictionary-sv 4.0.0 — LGPL-3.0')
    expect(notices).toContain('dictionary-en-gb 3.0.0 — (MIT AND BSD)')
    for (const component of ['libvoikko 4.3.1', 'voikko-fi 2.5', 'Hunspell 1.7.1', 'Emscripten 3.1.6']) {
      expect(notices).toContain(`\n${component}`)
    }
    expect(notices).toContain('GNU LESSER GENERAL PUBLIC LICENSE')
  })
})
