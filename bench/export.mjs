// Export benchmark: the whole headless CLI command (`node out/main/cli.js export …`, a fresh process each time, as
// in batch archiving) for 20 and 200 sections (~110 000 words), three runs each, median; peak RSS of the
// 200-section run; and pandoc converting the same content, as markdown, to .docx in the same run — the peer.
// Run alone: node bench/export.mjs (builds out/ first if missing). Prints JSON.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'out/main/cli.js')
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

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

function timed(command, args) {
  const start = process.hrtime.bigint()
  const result = spawnSync(command, args, { encoding: 'utf8' })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0)
    throw new Error(`${command} failed: ${(result.stderr || '').replace(/maxrss_kb=.*\n/, '').trim()}`)
  return { ms, stderr: result.stderr, stdout: result.stdout }
}

/** Runs the benchmark; resolves to the figures. */
export default async function exportBenchmark() {
  if (!existsSync(cli)) execFileSync('npx', ['electron-vite', 'build', '--logLevel', 'silent'], { cwd: root })
  const dir = mkdtempSync(join(tmpdir(), 'bench-export-'))
  // A private copy of the build, inside the repository so 'docx' and 'zod' still resolve from node_modules: a build
  // running at the same time (CI, a colleague) empties out/ and would otherwise break a run half-way.
  const copy = join(root, 'node_modules/.tmp', `bench-export-${process.pid}`)
  mkdirSync(copy, { recursive: true })
  cpSync(dirname(cli), copy, { recursive: true })
  const cliCopy = join(copy, 'cli.js')
  // Reports the CLI process's own peak RSS on exit, without changing the command it runs.
  const wrapper = join(dir, 'rss.mjs')
  writeFileSync(
    wrapper,
    `process.argv.splice(1, 1)\nprocess.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('maxrss_kb=' + u.maxRSS + ' cpu_us=' + (u.userCPUTime + u.systemCPUTime) + '\\n') })\nawait import(${JSON.stringify(cliCopy)})\n`
  )
  try {
    const figures = {}
    for (const sections of [20, 200]) {
      const { json, markdown } = content(sections)
      const input = join(dir, `r${sections}.tilannekuva.json`)
      writeFileSync(input, json)
      writeFileSync(join(dir, `r${sections}.md`), markdown)
      const runs = []
      const rss = []
      const cpu = []
      for (let i = 0; i < 3; i++) {
        const run = timed('node', [
          wrapper,
          cliCopy,
          'export',
          input,
          '--out',
          join(dir, `r${sections}.docx`)
        ])
        runs.push(run.ms)
        rss.push(Number(/maxrss_kb=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024)
        cpu.push(Number(/cpu_us=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1000)
      }
      figures[`export_ms_sections${sections}`] = median(runs)
      // CPU time as well as wall time: on a shared, loaded machine wall time mostly measures the other processes.
      figures[`export_cpu_ms_sections${sections}`] = median(cpu)
      if (sections === 200) {
        figures.export_peak_rss_mb_sections200 = Math.max(...rss)
        // Words of notes and actions: five paragraphs of 100, a list of 3 × 15, an action of 8 per section.
        figures.export_words_sections200 = sections * (5 * 100 + 3 * 15 + 8)
        const pandoc = []
        const pandocCpu = []
        const md = join(dir, 'r200.md')
        const docx = join(dir, 'pandoc.docx')
        for (let i = 0; i < 3; i++) {
          // bash's `times` prints the children's user and system time, so pandoc's CPU time is measured too.
          const run = timed('bash', ['-c', 'pandoc "$0" -f markdown -o "$1" && times', md, docx])
          pandoc.push(run.ms)
          const child = /\n(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(run.stdout.trim())
          if (child) {
            const seconds =
              Number(child[1]) * 60 + Number(child[2]) + Number(child[3]) * 60 + Number(child[4])
            pandocCpu.push(seconds * 1000)
          }
        }
        figures.pandoc_ms_sections200 = median(pandoc)
        if (pandocCpu.length > 0) figures.pandoc_cpu_ms_sections200 = median(pandocCpu)
      }
    }
    return figures
  } finally {
    rmSync(dir, { recursive: true, force: true })
    rmSync(copy, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await exportBenchmark(), null, 2))
}
