/**
 * The e2e harness: the built renderer in Debian's Chromium, `window.api` built by the preload's own client code
 * over a Playwright binding, answered by the real createServices() on a fresh temporary data folder.
 * Only Electron's glue is swapped: dialogs answer from a queue the test fills, the shell records its calls.
 */
import { mkdtemp, mkdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { createServices } from '../../../src/main/services'
import { dispatch } from '../../../src/main/dispatch'
import type { EventName } from '../../../src/shared/contract'
import { CHROMIUM_ARGS, chromiumPath } from './chromium'
import { E2E_ASSET_PATH, serveRenderer } from './static-server'

export interface AppHarness {
  page: Page
  browser: Browser
  dataDir: string
  /** Paths the next save/open dialogs answer with (null = the user cancels). */
  dialogAnswers: Array<string | null>
  /** Calls the app made to the shell (show in folder, open, external links). */
  shellCalls: Array<{ kind: string; target: string }>
  /** Sends an event from "main" to the renderer (app:flush, menu:command). */
  emit(name: EventName, ...args: unknown[]): Promise<void>
  /** Reloads the page with the same services and data (a restart of the window). */
  reload(): Promise<void>
  readReportFile(id: string): Promise<unknown>
  screenshot(name: string): Promise<string>
  close(): Promise<void>
}

export interface LaunchOptions {
  dataDir?: string
  /** Runs before the services start: pre-write files (a corrupt store, fixtures). */
  prepare?: (dataDir: string) => Promise<void>
  viewport?: { width: number; height: number }
}

/** Starts a fresh app; each call gets its own data folder unless one is given. */
export async function launchApp(options: LaunchOptions = {}): Promise<AppHarness> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'tilannekuva-e2e-')))
  await options.prepare?.(dataDir)
  const dialogAnswers: Array<string | null> = []
  const shellCalls: Array<{ kind: string; target: string }> = []
  const services = await createServices({
    dataDir,
    resourcesDir: resolve('resources'),
    appVersion: '0.0.0-e2e',
    platform: process.platform,
    dialogs: {
      save: async () => dialogAnswers.shift() ?? null,
      open: async () => dialogAnswers.shift() ?? null
    },
    shell: {
      showItemInFolder: (target) => void shellCalls.push({ kind: 'showItemInFolder', target }),
      openPath: async (target) => void shellCalls.push({ kind: 'openPath', target }),
      openExternal: async (target) => void shellCalls.push({ kind: 'openExternal', target })
    }
  })
  const { origin, server } = await serveRenderer(undefined, join(dataDir, 'assets'))
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS
  })
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki'
  })
  // No request leaves the machine: anything but the app's own origin is refused, as in the real window.
  await context.route('**/*', (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient')
  )
  await context.exposeBinding('__tkInvoke', (_source, operation: unknown, payload: unknown) =>
    dispatch(services, operation, payload, (message, error) => console.error(message, error))
  )
  await context.addInitScript({ path: resolve('out/e2e/page-api.js') })
  // The notes' images from the harness's origin instead of tk-asset:// (see features/editor/images/asset-url.ts).
  await context.addInitScript((base) => {
    ;(window as unknown as { __tkAssetBase: string }).__tkAssetBase = base
  }, `${origin}${E2E_ASSET_PATH}`)
  const page = await context.newPage()
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(String(error)))
  await page.goto(`${origin}/index.html`)

  return {
    page,
    browser,
    dataDir,
    dialogAnswers,
    shellCalls,
    emit: async (name, ...args) => {
      await page.evaluate(
        ([n, a]) =>
          (window as unknown as { __tkEmit: (n: string, ...a: unknown[]) => void }).__tkEmit(n, ...a),
        [name, args] as const
      )
    },
    reload: async () => {
      await page.reload()
    },
    readReportFile: async (id) => JSON.parse(await readFile(join(dataDir, 'reports', `${id}.json`), 'utf8')),
    screenshot: async (name) => {
      await mkdir(resolve('test-results/e2e'), { recursive: true })
      const path = resolve('test-results/e2e', `${name}.png`)
      await page.screenshot({ path, fullPage: false })
      return path
    },
    close: async () => {
      await browser.close()
      server.close()
      await services.close()
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true })
      if (pageErrors.length) throw new Error(`page errors: ${pageErrors.join('\n')}`)
    }
  }
}
