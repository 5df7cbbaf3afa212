// Export benchmark: the whole command a user runs (`npm run export -- report.json --out x.docx`: npm, its shell
// and node) and the exporter's process alone (`node out/cli/cli.mjs export …`), a fresh process each time, for 20
// and 200 sections (~110 000 words), three interleaved runs each, median; peak RSS of the 200-section export; and
// pandoc converting the same words, as markdown, to .docx in the same run — the peer — with the ratios.
// Run alone: node bench/export.mjs (bundles the CLI first if it is stale). Prints JSON.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const WORDS = (
  'digitalisaatio julkinen hallinto palvelu tieto kehittäminen ministeriö hanke tavoite aikataulu rahoitus ' +
  'yhteentoimivuus tekoäly osaaminen infrastruktuuri tietoturva lainsäädäntö seuranta yritykset kansalaiset'
).split(' ')

function words(count, seed) {
  let x = seed
  const out = []
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) % 2147483648
    out.push(WORDS[x % WORDS.length])
  }
  return out.join(' ')
}

// ~550 words a section: five paragraphs of 100 words, a nested list, a key figure and an action.
export function content(sections) {
  const report = {
    schemaVersion: 2,
    id: 'bench',
    revision: 1,
    title: 'Tilannekuva – suorituskyky',
    language: 'fi',
    createdAt: '2021-10-20T08:00:00.000Z',
    updatedAt: '2021-10-25T13:54:00.000Z',
    meeting: { name: 'Kokous', date: '2021-10-25', time: '13:00', place: 'Säätytalo' },
    sections: []
  }
  const md = [`# ${report.title}`, '']
  for (let i = 0; i < sections; i++) {
    const paragraphs = Array.from({ length: 5 }, (_, j) => words(100, i * 31 + j))
    const items = [words(15, i), words(15, i + 1), words(15, i + 2)]
    const title = `Osio ${i + 1}`
    report.sections.push({
      id: `s${i}`,
      title,
      status: 'on_track',
      notes: {
        type: 'doc',
        content: [
          ...paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
          {
            type: 'bulletList',
            content: [
              {
                type: 'listItem',
                content: [
                  { type: 'paragraph', content: [{ type: 'text', text: items[0] }] },
                  {
                    type: 'orderedList',
                    content: items.slice(1).map((text) => ({
                      type: 'listItem',
                      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }]
                    }))
                  }
                ]
              }
            ]
          }
        ]
      },
      keyFigures: [{ id: `k${i}`, indicator: 'Palvelut verkossa', value: '93', target: '100', unit: '%' }],
      actions: [{ id: `a${i}`, what: words(8, i), who: 'VM', due: '2021-12-01' }]
    })
    md.push(`## ${title}`, '', ...paragraphs.flatMap((p) => [p, '']))
    md.push(`- ${items[0]}`, `    1. ${items[1]}`, `    2. ${items[2]}`, '')
    md.push(
      '| Tunnusluku | Arvo | Tavoite | Yksikkö |',
      '|---|---|---|---|',
      '| Palvelut verkossa | 93 | 100 | % |',
      ''
    )
    md.push('| Toimenpide | Vastuu | Määräaika |', '|---|---|---|', `| ${words(8, i)} | VM | 1.12.2021 |`, '')
  }
  return { json: JSON.stringify(report), markdown: md.join('\n') }
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

// Runs `command` through bash and reads bash's `times`: the wall time, and the CPU time of everything the command
// started (npm, its shell, node; or pandoc) — CPU as well as wall, because on a shared, loaded machine wall time
// mostly measures the other processes.
export function timed(command, args) {
  const start = process.hrtime.bigint()
  const result = spawnSync('bash', ['-c', '"$@" >/dev/null && times', 'bench', command, ...args], {
    encoding: 'utf8',
    cwd: root
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0) throw new Error(`${command} failed: ${(result.stderr || '').trim()}`)
  const child = /\n(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(result.stdout.trim())
  const cpu = child
    ? (Number(child[1]) * 60 + Number(child[2]) + Number(child[3]) * 60 + Number(child[4])) * 1000
    : NaN
  return { ms, cpu }
}

/** Runs the benchmark; resolves to the figures. */
export default async function exportBenchmark() {
  // The bundled CLI, built only if a source is newer than it (never the app's main, preload, renderer).
  const { CLI, buildCli, isStale } = await import('../scripts/export.mjs')
  if (isStale()) await buildCli()
  const dir = mkdtempSync(join(tmpdir(), 'bench-export-'))
  // A private copy of the bundle (it needs nothing beside it): a build running at the same time (CI, a
  // colleague) empties out/ and would otherwise break a run half-way.
  const copy = join(dir, 'cli')
  cpSync(dirname(CLI), copy, { recursive: true })
  const cliCopy = join(copy, 'cli.mjs')
  // Reports the exporter's own peak RSS on exit, without changing the command it runs.
  const wrapper = join(dir, 'rss.mjs')
  writeFileSync(
    wrapper,
    `process.argv.splice(1, 1)\nprocess.on('exit', () => process.stderr.write('maxrss_kb=' + process.resourceUsage().maxRSS + '\\n'))\nawait import(${JSON.stringify(cliCopy)})\n`
  )
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  try {
    const figures = {}
    for (const sections of [20, 200]) {
      const { json, markdown } = content(sections)
      const input = join(dir, `r${sections}.tilannekuva.json`)
      const md = join(dir, `r${sections}.md`)
      writeFileSync(input, json)
      writeFileSync(md, markdown)
      const out = join(dir, `r${sections}.docx`)
      const runs = { cli: [], npm: [], pandoc: [] }
      // Interleaved, so the three meet the same load.
      for (let i = 0; i < 3; i++) {
        runs.cli.push(timed('node', [cliCopy, 'export', input, '--out', out]))
        runs.npm.push(timed(npm, ['run', '--silent', 'export', '--', input, '--out', out]))
        if (sections === 200)
          runs.pandoc.push(timed('pandoc', [md, '-f', 'markdown', '-o', join(dir, 'pandoc.docx')]))
      }
      // The whole command a user runs (npm, its shell, node) and the exporter's process alone.
      figures[`export_npm_ms_sections${sections}`] = median(runs.npm.map((r) => r.ms))
      figures[`export_npm_cpu_ms_sections${sections}`] = median(runs.npm.map((r) => r.cpu))
      figures[`export_ms_sections${sections}`] = median(runs.cli.map((r) => r.ms))
      figures[`export_cpu_ms_sections${sections}`] = median(runs.cli.map((r) => r.cpu))
      if (sections === 200) {
        const rss = spawnSync('node', [wrapper, cliCopy, 'export', input, '--out', out], { encoding: 'utf8' })
        figures.export_peak_rss_mb_sections200 = Number(/maxrss_kb=(\d+)/.exec(rss.stderr)?.[1] ?? NaN) / 1024
        // Words of notes and actions: five paragraphs of 100, a list of 3 × 15, an action of 8 per section.
        figures.export_words_sections200 = sections * (5 * 100 + 3 * 15 + 8)
        figures.pandoc_ms_sections200 = median(runs.pandoc.map((r) => r.ms))
        figures.pandoc_cpu_ms_sections200 = median(runs.pandoc.map((r) => r.cpu))
        // The budget: the whole process under half of pandoc's, on the same words in the same run.
        figures.export_npm_to_pandoc_ratio_sections200 =
          figures.export_npm_ms_sections200 / figures.pandoc_ms_sections200
        figures.export_to_pandoc_ratio_sections200 =
          figures.export_ms_sections200 / figures.pandoc_ms_sections200
        figures.export_npm_to_pandoc_cpu_ratio_sections200 =
          figures.export_npm_cpu_ms_sections200 / figures.pandoc_cpu_ms_sections200
      }
    }
    return figures
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await exportBenchmark(), null, 2))
}
