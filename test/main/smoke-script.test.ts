/** npm run smoke: the parts that run everywhere (the real app run needs the Electron binary and a display). */
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script without type declarations
import { requestsThatLeft } from '../../scripts/smoke.mjs'

describe('npm run smoke', () => {
  it('says in one line that it was skipped, and exits 0, where the Electron binary is missing', () => {
    const run = spawnSync(process.execPath, ['scripts/smoke.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron-dist' },
      timeout: 20_000
    })
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout.trim().split('\n')).toEqual([
      'smoke: skipped: the Electron binary is not installed on this machine (npm install downloads it where the network allows)'
    ])
  })

  it('counts every request outside the app as one that left it', () => {
    const urls = [
      'app://tilannekuva/index.html',
      'app://tilannekuva/assets/index.js',
      'data:image/png;base64,AAAA',
      'blob:app://tilannekuva/1234',
      'https://fonts.example/x.woff2',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'app://other/index.html',
      'ws://localhost/'
    ]
    expect((requestsThatLeft as (urls: string[]) => string[])(urls)).toEqual(urls.slice(4))
  })
})
