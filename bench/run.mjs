// npm run bench: runs every benchmark module in this folder and writes bench/results.json, a flat object of named
// numbers. Benchmarks report; they never fail on time. A benchmark that cannot run (a tool missing) is reported
// on stderr and its figures are left out.
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const modules = [
  'save.mjs',
  'export.mjs',
  'export-charts.mjs',
  'typing.mjs',
  'open-report.mjs',
  'cold-load.mjs',
  'spell.mjs',
  'key-figures.mjs'
]
const results = {}
for (const name of modules) {
  try {
    const module = await import(join(here, name))
    const run = module.default ?? Object.values(module).find((value) => typeof value === 'function')
    const figures = await run()
    for (const [key, value] of Object.entries(figures)) {
      if (typeof value === 'number' && Number.isFinite(value)) results[key] = Math.round(value * 100) / 100
    }
    console.error(`bench: ${name} done`)
  } catch (error) {
    console.error(`bench: ${name} could not run: ${error instanceof Error ? error.message : error}`)
  }
}
writeFileSync(join(here, 'results.json'), JSON.stringify(results, null, 2) + '\n')
console.log(JSON.stringify(results, null, 2))
