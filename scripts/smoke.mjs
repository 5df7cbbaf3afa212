// npm run smoke: starts the real, built app in Electron (Playwright's Electron support) on a fresh data folder, and
// does what an official does first: create a report, type, switch section, type again and close the window at once.
// Then it checks the file on disk holds both texts (the close handshake flushed the last one), that the renderer ran
// sandboxed with its preload, and that no request left the app. Where the Electron binary is missing it says so in
// one line and exits 0. Release builds must pass it (README). On Linux without a display: xvfb-run npm run smoke.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'
import { setTimeout as delay } from 'node:timers/promises'
import { electronBinary } from './electron-binary.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const TITLE = 'Savutesti'
const FIRST = 'Ensimmäisen osion muistiinpano.'
const SECOND = 'Kirjoitettu juuri ennen sulkemista.'
/** A request that must be refused by the session (not merely by the page's CSP). */
const PROBE_URL = 'https://tilannekuva-smoke.invalid/'

/** The URLs of requests that left the app: anything but its own app:// files and in-memory data:/blob: data. */
export function requestsThatLeft(urls) {
  return urls.filter((url) => !/^(app:\/\/tilannekuva\/|data:|blob:)/i.test(url))
}

function step(message) {
  console.log(`smoke: ${message}`)
}

async function run(binary) {
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: 'inherit'
    }
  )
  if (build.status !== 0) throw new Error('the build failed')

  const { _electron: electron } = await import('playwright-core')
  // A fresh data folder, and Electron's own profile apart too: the single-instance lock is per profile, so a
  // Tilannekuva the user has open does not make this one quit.
  const scratch = mkdtempSync(join(tmpdir(), 'tilannekuva-smoke-'))
  const dataDir = join(scratch, 'data')
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  // What Playwright adds itself when it starts the electron package: hooks `ready` until it is connected.
  const loader = join(
    dirname(createRequire(import.meta.url).resolve('playwright-core/package.json')),
    'lib/server/electron/loader.js'
  )
  const app = await electron.launch({
    executablePath: binary,
    args: [
      ...(existsSync(loader) ? ['-r', loader] : []),
      root,
      `--user-data-dir=${join(scratch, 'electron')}`,
      '--data-dir',
      dataDir
    ],
    cwd: root,
    env,
    // Keep Chromium's OS sandbox on: the renderer must run as it does for users.
    chromiumSandbox: true,
    timeout: 60_000
  })
  const requests = []
  const served = []
  app.context().on('request', (request) => requests.push(request.url()))
  app.context().on('requestfinished', (request) => served.push(request.url()))
  const exited = new Promise((resolve) => app.process().once('exit', (code) => resolve(code)))
  try {
    const page = await app.firstWindow()
    await page.getByRole('heading', { name: 'Tilannekuvat', level: 1 }).waitFor({ timeout: 30_000 })
    step(`window open at ${page.url()}`)

    const security = await app.evaluate(({ BrowserWindow }) => {
      const preferences = BrowserWindow.getAllWindows()[0].webContents.getLastWebPreferences()
      return {
        sandbox: preferences.sandbox,
        contextIsolation: preferences.contextIsolation,
        nodeIntegration: preferences.nodeIntegration
      }
    })
    if (!security.sandbox || !security.contextIsolation || security.nodeIntegration) {
      throw new Error(`the window is not sandboxed as designed: ${JSON.stringify(security)}`)
    }
    if (
      !(await page.evaluate(
        () => typeof globalThis.api?.reports?.save === 'function' && typeof require === 'undefined'
      ))
    ) {
      throw new Error('the preload did not expose window.api, or Node leaked into the page')
    }

    await page.getByRole('button', { name: 'Uusi tilannekuva mallipohjasta' }).click()
    const dialog = page.getByRole('dialog', { name: 'Uusi tilannekuva' })
    await dialog
      .getByRole('option', { name: /digitalisaatio/i })
      .first()
      .waitFor({ state: 'attached' })
    await dialog.getByRole('textbox', { name: 'Otsikko' }).fill(TITLE)
    await dialog.getByRole('button', { name: 'Luo tilannekuva' }).click()
    await page.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor()
    step('report created')

    const notes = page.getByRole('textbox', { name: 'Muistiinpanot' })
    await notes.click()
    await page.keyboard.type(FIRST)
    await page.keyboard.press('Alt+ArrowDown')
    await page.getByRole('heading', { level: 2, name: /^2\. / }).waitFor()
    await notes.click()
    await page.keyboard.type(SECOND)
    step('typed in two sections')

    const probe = await app.evaluate(async ({ BrowserWindow }, url) => {
      // A second, hidden window in the app's own session: no CSP, no page code, only the session's guard.
      const session = BrowserWindow.getAllWindows()[0].webContents.session
      const window = new BrowserWindow({ show: false, webPreferences: { session, sandbox: true } })
      try {
        await window.loadURL(url)
        return 'loaded'
      } catch (error) {
        return String(error)
      } finally {
        window.destroy()
      }
    }, PROBE_URL)
    if (!/ERR_BLOCKED_BY_CLIENT/.test(probe))
      throw new Error(`the session did not refuse ${PROBE_URL}: ${probe}`)
    step('the session refuses requests outside the app')

    // Close the window as the user does, at once: the close handshake must flush the last text first.
    const windowClosed = page.waitForEvent('close', { timeout: 30_000 })
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].close()).catch(() => {})
    await windowClosed
    // macOS keeps an app running without windows; elsewhere closing the last window quits.
    if (process.platform === 'darwin')
      await app.evaluate(({ app: electronApp }) => electronApp.quit()).catch(() => {})
    const code = await Promise.race([exited, delay(30_000, 'timeout')])
    if (code === 'timeout') throw new Error('the app did not quit within 30 s of closing its window')
    step(`closed (exit code ${code})`)

    const files = readdirSync(join(dataDir, 'reports')).filter((name) => name.endsWith('.json'))
    const reports = files.map((name) => JSON.parse(readFileSync(join(dataDir, 'reports', name), 'utf8')))
    const report = reports.find((candidate) => candidate.title === TITLE)
    if (!report) throw new Error(`no report titled ${TITLE} on disk (${files.length} files)`)
    const text = (node) => (node ? (node.text ?? '') + (node.content ?? []).map(text).join('') : '')
    if (!text(report.sections[0]?.notes).includes(FIRST))
      throw new Error("the first section's notes are not on disk")
    if (!text(report.sections[1]?.notes).includes(SECOND)) {
      throw new Error('the text typed just before closing is not on disk: the close handshake lost it')
    }
    step('both texts are on disk')

    const left = requestsThatLeft(served)
    const attempted = requestsThatLeft(requests).filter((url) => url !== PROBE_URL)
    if (left.length || attempted.length) {
      throw new Error(`requests outside the app: ${JSON.stringify({ served: left, attempted })}`)
    }
    step(`no request left the app (${requests.length} requests, all app://, data: or blob:)`)
  } finally {
    if (app.process().exitCode === null) await app.close().catch(() => {})
    rmSync(scratch, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const binary = electronBinary()
  if (!binary) {
    console.log(
      'smoke: skipped: the Electron binary is not installed on this machine (npm install downloads it where the network allows)'
    )
    process.exit(0)
  }
  run(binary).then(
    () => {
      console.log('smoke: passed')
      process.exit(0)
    },
    (error) => {
      console.error(`smoke: FAILED: ${error instanceof Error ? error.message : error}`)
      process.exit(1)
    }
  )
}
