// What the browser benchmarks share (typing.mjs, key-figures.mjs, cold-load.mjs): the bundled e2e harness (the
// built renderer in Debian's Chromium over the real services), Chrome-trace busy time of the renderer's main thread
// (docs: benchmarks.md), seeded random numbers and medians. Not a benchmark itself: bench/run.mjs does not list it.
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'vite'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const REPEATS = Number(process.env.BENCH_REPEATS ?? 3)

/** Seeded pseudo-random numbers in [0, 1): the same gaps and text in every run. */
export function random(seed) {
  let x = seed
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648
    return x / 2147483648
  }
}

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
export const median = (values) => percentile(values, 50)

/**
 * Bundles the e2e harness (TypeScript) and the page-side api, as test/e2e/global-setup.ts does, and imports it.
 * `entries` adds more TypeScript modules to the same bundle ({ name: path from the repository root }); the result
 * holds every entry's exports. `name` keeps each benchmark's bundle in its own folder.
 */
export async function bundleHarness(name, entries = {}) {
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: join(root, 'out/e2e'),
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: join(root, 'test/e2e/support/page-api.ts'),
        formats: ['iife'],
        name: 'tilannekuvaPageApi',
        fileName: () => 'page-api.js'
      }
    }
  })
  const outDir = join(root, 'node_modules', '.tmp', `bench-${name}`)
  const input = { app: 'test/e2e/support/app.ts', ...entries }
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true, external: ['playwright-core'] },
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: {
        input: Object.fromEntries(Object.entries(input).map(([key, path]) => [key, join(root, path)])),
        external: ['playwright-core'],
        output: { format: 'es', entryFileNames: '[name].mjs' }
      }
    }
  })
  const modules = await Promise.all(
    Object.keys(input).map((key) => import(pathToFileURL(join(outDir, `${key}.mjs`)).href))
  )
  return Object.assign({}, ...modules)
}

export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing'
]

/**
 * Starts a Chrome trace and places a `performance.mark` in the page; resolves to the mark's page-clock time, which
 * aligns the page's clock with the trace's (pass it to `mainThreadBusy`).
 */
export async function startTrace(browser, page) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES })
  return page.evaluate(() => {
    /* global performance */
    performance.mark('bench-align')
    return performance.getEntriesByName('bench-align').at(-1).startTime
  })
}

/** Stops the trace; resolves to its events. */
export async function stopTrace(browser) {
  return JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents
}

/**
 * From a trace's events: a function (fromMs, toMs) → ms the renderer's main thread spent inside top-level tasks
 * (ThreadControllerImpl::RunTask) between two page-clock times — the work itself, not the wait for a CPU on a
 * shared machine (docs: benchmarks.md). `alignMs` is what `startTrace` resolved to.
 */
export function mainThreadBusy(events, alignMs) {
  const mark = events.find((e) => e.name === 'bench-align' && e.cat.includes('blink.user_timing'))
  if (!mark) throw new Error('trace has no alignment mark')
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === mark.pid && e.args?.name === 'CrRendererMain'
  )
  const tid = main?.tid ?? mark.tid
  const offsetUs = mark.ts - alignMs * 1000
  const tasks = events
    .filter(
      (e) => e.pid === mark.pid && e.tid === tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask'
    )
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)])
    .sort((a, b) => a[0] - b[0])
  // Union of intervals, so a nested task is never counted twice.
  const merged = []
  for (const [s, e] of tasks) {
    const last = merged.at(-1)
    if (last && s <= last[1]) last[1] = Math.max(last[1], e)
    else merged.push([s, e])
  }
  return (fromMs, toMs) => {
    const from = offsetUs + fromMs * 1000
    const to = offsetUs + toMs * 1000
    let sum = 0
    for (const [s, e] of merged) {
      if (e <= from) continue
      if (s >= to) break
      sum += Math.min(e, to) - Math.max(s, from)
    }
    return sum / 1000
  }
}
