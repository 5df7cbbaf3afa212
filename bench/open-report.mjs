// Opening a report, following docs/benchmarks.md (shared docs): the 200-section report of bench/typing.mjs
// (~500 words a section) and its peer, the same report with one section, opened alternately in the same browser
// (so the machine's load falls on both alike), each after a fresh page load with the report view's script already
// fetched. Per opening: `render` = ms from the report's data arriving in the renderer until the notes editor is
// there and a frame has passed (typing.mjs's openReport), the main thread's CPU ms in that span (trace `tdur`,
// less swayed by other processes than wall time), and ms until the outline has every row (the rows past the first
// screenful are drawn in idle time). One warm-up pair, then medians over OPEN_REPEATS pairs. Run alone: `node bench/open-report.mjs`.
/* global document, performance, requestAnimationFrame */
import { loadavg } from 'node:os'
import { pathToFileURL } from 'node:url'
import { bundleHarness, median, root } from './support.mjs'
import { createLargeReport, openReport } from './typing.mjs'

const REPEATS = Number(process.env.OPEN_REPEATS ?? 5)

/** Main-thread CPU ms (and wall ms) of top-level tasks between the two user-timing marks. */
function mainThreadMs(events) {
  const from = events.find((e) => e.name === 'open-arrived')
  const to = events.find((e) => e.name === 'open-shown')
  if (!from || !to) throw new Error('trace lacks the open marks')
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === to.pid && e.args?.name === 'CrRendererMain'
  )
  let cpu = 0
  for (const e of events) {
    if (e.pid !== to.pid || e.tid !== main?.tid || e.ph !== 'X') continue
    if (e.name !== 'ThreadControllerImpl::RunTask' || e.ts + e.dur <= from.ts || e.ts >= to.ts) continue
    const share = (Math.min(e.ts + e.dur, to.ts) - Math.max(e.ts, from.ts)) / (e.dur || 1)
    cpu += ((e.tdur ?? e.dur) * share) / 1000
  }
  return cpu
}

/** Reloads the page, waits for the library and the report view's script, and opens `title` once. */
async function openOnce(app, title, sections) {
  const { page, browser } = app
  await app.reload()
  await page.getByRole('button', { name: title, exact: true }).first().waitFor()
  // The library fetches the report view's script when idle; measure the opening, not that download.
  await page.waitForFunction(() =>
    performance.getEntriesByType('resource').some((e) => /ReportView-[^/]*\.js$/.test(e.name))
  )
  await page.waitForTimeout(300)
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] })
  const open = await openReport(page, title)
  const allRows = await page.evaluate(async (sections) => {
    while (document.querySelectorAll('.outline-item').length < sections)
      await new Promise((r) => requestAnimationFrame(r))
    return performance.now() - performance.getEntriesByName('open-shown')[0].startTime
  }, sections)
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'))
  return { ...open, cpu: mainThreadMs(trace.traceEvents), allRows: open.render + allRows }
}

/** Runs the benchmark; resolves to the named figures for bench/results.json. */
export default async function openReportBenchmark() {
  const cwd = process.cwd()
  process.chdir(root)
  const load = loadavg()[0]
  try {
    const { launchApp } = await bundleHarness('open-report')
    const app = await launchApp()
    try {
      const large = await createLargeReport(app.page, 200, 'Suuri')
      const small = await createLargeReport(app.page, 1, 'Pieni')
      // A first pair warms the browser up (its first opening compiles the report view's code): not counted.
      await openOnce(app, large, 200)
      await openOnce(app, small, 1)
      const runs = { large: [], small: [] }
      for (let i = 0; i < REPEATS; i += 1) {
        const order = i % 2 === 0 ? ['large', 'small'] : ['small', 'large']
        for (const which of order)
          runs[which].push(
            await openOnce(app, which === 'large' ? large : small, which === 'large' ? 200 : 1)
          )
      }
      if (process.env.BENCH_DEBUG) console.error(JSON.stringify(runs))
      const m = (which, key) => median(runs[which].map((r) => r[key]))
      return {
        open_report_ms_sections200: m('large', 'render'),
        open_report_ms_sections1: m('small', 'render'),
        open_report_ratio_sections200_vs_1: m('large', 'render') / m('small', 'render'),
        open_report_cpu_ms_sections200: m('large', 'cpu'),
        open_report_cpu_ms_sections1: m('small', 'cpu'),
        open_report_ms_sections200_all_rows: m('large', 'allRows'),
        open_report_ms_sections200_with_harness_ipc: m('large', 'total'),
        open_report_load_avg1: load
      }
    } finally {
      await app.close()
    }
  } finally {
    process.chdir(cwd)
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await openReportBenchmark(), null, 2))
}
