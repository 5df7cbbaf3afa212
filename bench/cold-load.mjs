// Cold load of the renderer: from navigation start (the page clock's zero, `performance.timeOrigin`) to "the library
// is interactive" — the first report in the list is a focusable button that has focus, and a key sent to it gets
// its answer (Ctrl+F moves focus to the library's search box, a handler of the app's own), checked one frame after
// the row is on screen and again each frame until it answers. The HTTP cache is off, so every script is fetched,
// parsed and compiled again, as on the first start of the app. The library holds 20 reports.
//
// The floor, in the same run, alternating with the app so both see the same load on this shared machine: a minimal
// page from the same server, with the same CSP and the same injected api, that asks for the same data (settings and
// the report list, over the same harness IPC), renders the titles as buttons with one Ctrl+F handler and is judged by
// the same check. So the floor holds everything that is not the renderer's own code: browser navigation, the
// harness's request routing, the page-side api, the IPC round trips. A browser start-up is in neither (each
// repeat's browser loads a page before anything is measured).
//
// "< 1 s after load" (issue 10) is judged on library − floor (`cold_load_library_vs_floor_ms`): that is the time
// the renderer's code adds after the window has loaded a page, and the only part our code controls; the harness
// carries IPC over a Playwright binding (CDP + JSON) and routes every request through Node, both far slower than
// Electron's IPC and file loading, and both are in the floor. Navigation-to-interactive is reported beside it, and
// the main thread's busy time before interactive (Chrome trace, one extra load each per repeat), which does not
// wait for a CPU on the shared machine.
// Three fresh browsers × three loads of each; medians. Run alone (after `npx electron-vite build`):
// `node bench/cold-load.mjs` prints JSON.
/* global window, document, performance, requestAnimationFrame, setTimeout, MutationObserver, KeyboardEvent, HTMLInputElement */
import { rm, writeFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL, URL } from 'node:url'
import {
  bundleHarness,
  mainThreadBusy,
  median,
  REPEATS,
  root,
  stopTrace,
  TRACE_CATEGORIES
} from './support.mjs'

const LOADS = 3
const REPORTS = 20
// The floor is served from the renderer's folder by the harness's own server (same origin, same CSP header).
const FLOOR_HTML = '__bench-floor.html'
const FLOOR_JS = '__bench-floor.js'
const FLOOR_PAGE =
  '<!doctype html><html lang="fi"><head><meta charset="UTF-8"><title>floor</title>' +
  `<script type="module" src="./${FLOOR_JS}"></script></head><body><div id="root"></div></body></html>`
const FLOOR_SCRIPT = `
const [settings, listing] = await Promise.all([window.api.settings.get({}), window.api.reports.list({})])
const main = document.createElement('main')
const h1 = document.createElement('h1')
h1.textContent = settings.ok ? 'Tilannekuvat' : '?'
const search = document.createElement('input')
search.type = 'search'
const list = document.createElement('ul')
for (const report of listing.value.reports) {
  const item = document.createElement('li')
  const button = document.createElement('button')
  button.className = 'library-open'
  button.textContent = report.title
  item.append(button)
  list.append(item)
}
addEventListener('keydown', (e) => {
  if (e.ctrlKey && e.key === 'f') (e.preventDefault(), search.focus())
})
main.append(h1, search, list)
document.getElementById('root').append(main)
`

/**
 * In every page, before its scripts: resolves `window.__ready` when the first `button.library-open` has focus and
 * answers Ctrl+F by moving focus to a search box; records the harness's IPC calls (start, end) on the way.
 */
function watchForLibrary() {
  const w = window
  performance.mark('bench-align')
  w.__ipc = []
  const invoke = w.__tkInvoke
  w.__tkInvoke = async (...args) => {
    const start = performance.now()
    try {
      return await invoke(...args)
    } finally {
      w.__ipc.push([start, performance.now()])
    }
  }
  w.__ready = new Promise((resolve) => {
    let shown = 0
    const answers = (row) => {
      row.focus()
      if (document.activeElement !== row) return false
      row.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'f', ctrlKey: true, bubbles: true, cancelable: true })
      )
      const focused = document.activeElement
      return focused instanceof HTMLInputElement && focused.type === 'search'
    }
    const check = () => {
      const row = document.querySelector('button.library-open')
      if (row && answers(row)) resolve({ shown, interactive: performance.now() })
      else requestAnimationFrame(() => setTimeout(check, 0))
    }
    const observer = new MutationObserver(() => {
      if (!document.querySelector('button.library-open')) return
      observer.disconnect()
      shown = performance.now()
      requestAnimationFrame(() => setTimeout(check, 0))
    })
    document.addEventListener('DOMContentLoaded', () =>
      observer.observe(document.body, { childList: true, subtree: true })
    )
  })
}

/** Loads `url`; resolves to its times (page ms from navigation start), IPC ms and script kB before interactive. */
async function loadOnce(page, url) {
  await page.goto(url)
  return page.evaluate(async () => {
    const ready = await window.__ready
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js') && e.responseEnd <= ready.interactive)
    // Union of the IPC calls' intervals before interactive: the harness's transport, not the renderer's work.
    let ipc = 0
    let reached = 0
    for (const [s, e] of [...window.__ipc].sort((a, b) => a[0] - b[0])) {
      const from = Math.max(s, reached)
      const to = Math.min(e, ready.interactive)
      if (to > from) ipc += to - from
      reached = Math.max(reached, e)
    }
    return {
      ...ready,
      ipc,
      scriptKb: scripts.reduce((sum, e) => sum + e.decodedBodySize, 0) / 1024
    }
  })
}

/** One traced load: the renderer main thread's busy ms from navigation start to interactive. */
async function busyLoad(browser, page, url) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES })
  const loaded = await loadOnce(page, url)
  const align = await page.evaluate(() => performance.getEntriesByName('bench-align')[0].startTime)
  const busy = mainThreadBusy(await stopTrace(browser), align)
  return busy(0, loaded.interactive)
}

async function oneRepeat(launchApp, dataDir) {
  const app = await launchApp({ dataDir })
  try {
    const { page, browser } = app
    const origin = new URL(page.url()).origin
    await page.context().addInitScript(watchForLibrary)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    const floorUrl = `${origin}/${FLOOR_HTML}`
    const appUrl = `${origin}/index.html`
    await loadOnce(page, floorUrl) // a warm browser: its start-up is in neither figure
    const library = []
    const floor = []
    for (let i = 0; i < LOADS; i += 1) {
      floor.push(await loadOnce(page, floorUrl))
      library.push(await loadOnce(page, appUrl))
    }
    const floorBusy = await busyLoad(browser, page, floorUrl)
    const libraryBusy = await busyLoad(browser, page, appUrl)
    return { library, floor, libraryBusy, floorBusy }
  } finally {
    await app.close()
  }
}

/** Twenty reports in a data folder, made through the real services. */
async function makeLibrary(launchApp, dataDir) {
  const maker = await launchApp({ dataDir })
  try {
    await maker.page.evaluate(async (count) => {
      for (let i = 1; i <= count; i += 1) {
        const created = await window.api.reports.create({
          language: 'fi',
          templateId: 'digitalisation',
          title: `Tilannekuva ${i}`
        })
        if (!created.ok) throw new Error(created.error.code)
      }
    }, REPORTS)
  } finally {
    await maker.close()
  }
}

/** Runs the benchmark; resolves to the named figures for bench/results.json. */
export default async function coldLoadBenchmark() {
  const cwd = process.cwd()
  process.chdir(root) // the harness resolves out/renderer and out/e2e from the working folder
  const dataDir = await mkdtemp(join(tmpdir(), 'tilannekuva-bench-cold-'))
  const floorFiles = [join(root, 'out/renderer', FLOOR_HTML), join(root, 'out/renderer', FLOOR_JS)]
  try {
    await writeFile(floorFiles[0], FLOOR_PAGE)
    await writeFile(floorFiles[1], FLOOR_SCRIPT)
    const { launchApp } = await bundleHarness('cold-load')
    await makeLibrary(launchApp, dataDir)
    const runs = []
    for (let repeat = 0; repeat < REPEATS; repeat += 1) runs.push(await oneRepeat(launchApp, dataDir))
    if (process.env.BENCH_DEBUG) console.error(JSON.stringify(runs))
    const of = (side, key) => median(runs.flatMap((run) => run[side].map((load) => load[key])))
    const interactive = of('library', 'interactive')
    const floorInteractive = of('floor', 'interactive')
    return {
      cold_load_library_interactive_ms: interactive,
      cold_load_library_shown_ms: of('library', 'shown'),
      cold_load_floor_interactive_ms: floorInteractive,
      cold_load_library_vs_floor_ms: interactive - floorInteractive,
      cold_load_ratio_library_vs_floor: interactive / floorInteractive,
      cold_load_library_harness_ipc_ms: of('library', 'ipc'),
      cold_load_floor_harness_ipc_ms: of('floor', 'ipc'),
      cold_load_library_busy_ms: median(runs.map((run) => run.libraryBusy)),
      cold_load_floor_busy_ms: median(runs.map((run) => run.floorBusy)),
      cold_load_script_kb_before_interactive: of('library', 'scriptKb')
    }
  } finally {
    process.chdir(cwd)
    await Promise.all([...floorFiles, dataDir].map((path) => rm(path, { recursive: true, force: true })))
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await coldLoadBenchmark(), null, 2))
}
