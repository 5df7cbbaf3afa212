// Export with key-figure charts: a 20-section report whose 30 key figures were read at eight meetings (a chain of
// eight reports in a folder), exported by the headless CLI with its charts (`--series <folder>`: 30 chart parts,
// 30 embedded workbooks, the predecessors read and matched) and the same command without them (`--charts off`),
// a fresh process each, five interleaved runs each, median; pandoc on the same words as markdown beside them.
// Budget (issue 14): with charts < 2 × without. Run alone: node bench/export-charts.mjs. Prints JSON.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { content, median, timed } from './export.mjs'

const MEETINGS = 8
const SECTIONS = 20

/** The eight reports, oldest first: each section's figure, and a second one in ten sections, with values moving. */
function series() {
  const { json, markdown } = content(SECTIONS)
  const base = JSON.parse(json)
  const reports = []
  for (let m = 0; m < MEETINGS; m++) {
    const date = `20${20 + Math.floor(m / 4)}-${String((m % 4) * 3 + 1).padStart(2, '0')}-15`
    reports.push({
      ...base,
      id: `meeting-${m + 1}`,
      title: `Kokous ${m + 1}`,
      ...(m > 0 ? { previousReportId: `meeting-${m}` } : {}),
      meeting: { ...base.meeting, date },
      sections: base.sections.map((section, i) => ({
        ...section,
        keyFigures: [
          { ...section.keyFigures[0], value: `${(60 + i + m * 1.7).toFixed(1).replace('.', ',')} %` },
          ...(i < 10
            ? [
                {
                  id: `m${i}`,
                  indicator: 'Käyttäjät',
                  value: `${(1200 + i * 10 + m * 35) * 1000}`,
                  target: '2 000 000',
                  unit: 'henkeä',
                  year: '2030'
                }
              ]
            : [])
        ]
      }))
    })
  }
  return { reports, markdown }
}

export default async function exportChartsBenchmark() {
  const { CLI, buildCli, isStale } = await import('../scripts/export.mjs')
  if (isStale()) await buildCli()
  const dir = mkdtempSync(join(tmpdir(), 'bench-export-charts-'))
  const copy = join(dir, 'cli')
  cpSync(dirname(CLI), copy, { recursive: true })
  const cli = join(copy, 'cli.mjs')
  try {
    const { reports, markdown } = series()
    for (const report of reports.slice(0, -1))
      writeFileSync(join(dir, `${report.id}.json`), JSON.stringify(report))
    const input = join(dir, 'open.tilannekuva.json')
    writeFileSync(input, JSON.stringify(reports.at(-1)))
    const md = join(dir, 'r.md')
    writeFileSync(md, markdown)
    const out = join(dir, 'out.docx')
    const runs = { charts: [], plain: [], pandoc: [] }
    for (let i = 0; i < 5; i++) {
      runs.charts.push(timed('node', [cli, 'export', input, '--out', out, '--series', dir]))
      runs.plain.push(timed('node', [cli, 'export', input, '--out', out, '--series', dir, '--charts', 'off']))
      runs.pandoc.push(timed('pandoc', [md, '-f', 'markdown', '-o', join(dir, 'pandoc.docx')]))
    }
    // How many charts the document really has: the figure is meaningless if the series was not found.
    runs.charts.push(timed('node', [cli, 'export', input, '--out', out, '--series', dir]))
    const listing = spawnSync('unzip', ['-l', out], { encoding: 'utf8' }).stdout
    const charts = (listing.match(/word\/charts\/chart\d+\.xml/g) ?? []).length
    const figures = {
      export_charts_count_sections20: charts,
      export_ms_sections20_charts30: median(runs.charts.map((r) => r.ms)),
      export_cpu_ms_sections20_charts30: median(runs.charts.map((r) => r.cpu)),
      export_ms_sections20_charts_off: median(runs.plain.map((r) => r.ms)),
      export_cpu_ms_sections20_charts_off: median(runs.plain.map((r) => r.cpu)),
      pandoc_ms_sections20: median(runs.pandoc.map((r) => r.ms))
    }
    // The budget: the export with 30 charts under twice the same export without them, in the same run.
    figures.export_charts30_ratio_vs_no_charts =
      figures.export_ms_sections20_charts30 / figures.export_ms_sections20_charts_off
    figures.export_charts30_cpu_ratio_vs_no_charts =
      figures.export_cpu_ms_sections20_charts30 / figures.export_cpu_ms_sections20_charts_off
    return figures
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await exportChartsBenchmark(), null, 2))
}
