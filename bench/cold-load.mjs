// Cold load of the renderer: from navigation to "the library is interactive" — its heading is in the DOM and the
// main thread has come back from the work that put it there (a frame, then a task) — with the HTTP cache off, so
// every script is fetched, parsed and compiled again, as on the first start of the app. The floor in the same run:
// a page on the same server with the same CSP whose one module script puts a heading on screen.
// Three fresh browsers × three reloads each; medians. Run alone (after `npx electron-vite build`):
// `node bench/cold-load.mjs` prints JSON.
/* global window, document, performance, requestAnimationFrame, setTimeout, MutationObserver */
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL, URL } from 'node:url'
import { bundleHarness } from './typing.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3)
const RELOADS = 3
const FLOOR_HTML =
  '<!doctype html><html lang="fi"><head><meta charset="UTF-8"><title>floor</title>' +
  '<script type="module" src="./__floor.js"></script></head><body><div id="root"></div></body></html>'
const FLOOR_JS =
  "const h = document.createElement('h1'); h.textContent = 'Tilannekuvat'; document.getElementById('root').append(h)"

/** In every page: note when an h1 "Tilannekuvat" appears, then when the main thread is free again. */
function watchForLibrary() {
  const w = window
  w.__ready = new Promise((resolve) => {
    const found = () => [...document.querySelectorAll('h1')].some((h) => h.textContent === 'Tilannekuvat')
    const settle = () => {
      const shown = performance.now()
      requestAnimationFrame(() => setTimeout(() => resolve({ shown, interactive: performance.now() }), 0))
    }
    const observer = new MutationObserver(() => {
      if (!found()) return
      observer.disconnect()
      settle()
    })
    document.addEventListener('DOMContentLoaded', () =>
      found() ? settle() : observer.observe(document.body, { childList: true, subtree: true })
    )
  })
}

async function loadOnce(page, url) {
  await page.goto(url)
  return page.evaluate(() => window.__ready)
}

async function oneRepeat(launchApp) {
  const app = await launchApp()
  try {
    const { page } = app
    const origin = new URL(page.url()).origin
    await page.route(`${origin}/__floor.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: FLOOR_HTML })
    )
    await page.route(`${origin}/__floor.js`, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: FLOOR_JS })
    )
    await page.context().addInitScript(watchForLibrary)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    const app_ = []
    const floor = []
    for (let i = 0; i < RELOADS; i += 1) {
      // Alternate, so both see the same load on the machine.
      floor.push(await loadOnce(page, `${origin}/__floor.html`))
      const loaded = await loadOnce(page, `${origin}/index.html`)
      // Script bytes fetched before the library was interactive.
      loaded.scriptKb = await page.evaluate(
        (until) =>
          performance
            .getEntriesByType('resource')
            .filter((e) => e.name.endsWith('.js') && e.responseEnd <= until)
            .reduce((sum, e) => sum + e.decodedBodySize, 0) / 1024,
        loaded.interactive
      )
      app_.push(loaded)
    }
    return { app: app_, floor }
  } finally {
    await app.close()
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]

/** Runs the benchmark; resolves to the named figures for bench/results.json. */
export default async function coldLoadBenchmark() {
  const cwd = process.cwd()
  process.chdir(root)
  try {
    const { launchApp } = await bundleHarness()
    const app = []
    const floor = []
    for (let repeat = 0; repeat < REPEATS; repeat += 1) {
      const run = await oneRepeat(launchApp)
      app.push(...run.app)
      floor.push(...run.floor)
    }
    if (process.env.BENCH_DEBUG) console.error(JSON.stringify({ app, floor }))
    const interactive = median(app.map((r) => r.interactive))
    const floorInteractive = median(floor.map((r) => r.interactive))
    return {
      cold_load_library_interactive_ms: interactive,
      cold_load_library_shown_ms: median(app.map((r) => r.shown)),
      cold_load_floor_interactive_ms: floorInteractive,
      cold_load_library_vs_floor_ms: interactive - floorInteractive,
      cold_load_ratio_library_vs_floor: interactive / floorInteractive,
      cold_load_script_kb_before_interactive: median(app.map((r) => r.scriptKb))
    }
  } finally {
    process.chdir(cwd)
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await coldLoadBenchmark(), null, 2))
}
