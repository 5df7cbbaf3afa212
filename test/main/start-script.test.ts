import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

describe('npm start without the Electron binary', () => {
  it('says so in one clear line and exits 1, without a stack trace', () => {
    // Points the electron package at a folder with no binary, as on a machine where the download was impossible.
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron-dist' },
      timeout: 20_000
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    const lines = run.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^Tilannekuva: the Electron binary is not installed on this machine .* npm test\.$/
    )
    expect(run.stderr).not.toMatch(/\bat .*:\d+:\d+/)
  })
})
