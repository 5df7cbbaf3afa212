/**
 * The crash test: a child process saves a large report over and over through the real durable writer; the parent
 * kills it with SIGKILL at random moments, 50 times (200 with `npm run test:slow`). After every kill the file must
 * parse, pass the schema and be exactly one of the states that were written — never empty, never half old and half
 * new. Nothing here depends on when the kills land, so it holds on a fast machine and on a loaded one.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { reportSchema, type Report } from '../../../src/shared/model'
import { bundleForNode } from './bundle'
import { fixtureReport } from './helpers'

const KILLS = process.env.TILANNEKUVA_SLOW_TESTS === '1' ? 200 : 50
const STATES = 4
const LANES = 5
let work: string
let durableModule: string

/** A report of 200 sections of ~100 words each, different in every state. */
function largeReport(base: Report, state: number): Report {
  const words = Array.from({ length: 100 }, (_, i) => `sana${(i * 7 + state) % 97}`).join(' ')
  const template = base.sections[0] as Report['sections'][number]
  const sections = Array.from({ length: 200 }, (_, i) => ({
    ...template,
    id: `s${i}`,
    title: `Osio ${i + 1} (tila ${state})`,
    notes: {
      type: 'doc' as const,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `${state}: ${words}` }] }]
    }
  }))
  return { ...base, revision: state + 1, sections }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'tilannekuva-crash-'))
  durableModule = await bundleForNode(
    join(__dirname, '../../../src/main/storage/durable.ts'),
    work,
    'durable'
  )
}, 60_000)
afterAll(() => rm(work, { recursive: true, force: true }))

/** One lane: its own target file and child processes, killed `kills` times; returns the states found. */
async function killLoop(lane: number, kills: number, texts: string[]): Promise<{ checked: number }> {
  const target = join(work, `raportti-${lane}.json`)
  await writeFile(target, texts[0] as string)
  const child = join(work, `child-${lane}.mjs`)
  await writeFile(
    child,
    `import { readFileSync } from 'node:fs'
import { DurableWriter } from ${JSON.stringify(durableModule)}
const texts = JSON.parse(readFileSync(${JSON.stringify(join(work, 'states.json'))}, 'utf8'))
const writer = new DurableWriter()
for (let i = 0; ; i += 1) {
  await writer.write(${JSON.stringify(target)}, texts[i % texts.length])
  if (i === 0) process.stdout.write('ready\\n')
}
`
  )
  let checked = 0
  for (let kill = 0; kill < kills; kill += 1) {
    const proc = spawn(process.execPath, [child], { stdio: ['ignore', 'pipe', 'inherit'] })
    await new Promise<void>((resolve) => proc.stdout.once('data', () => resolve()))
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 60))
    const exited = new Promise((resolve) => proc.once('exit', resolve))
    proc.kill('SIGKILL')
    await exited
    const text = await readFile(target, 'utf8')
    const state = texts.indexOf(text)
    expect(state, `lane ${lane}, kill ${kill}: the file is one of the written states`).toBeGreaterThanOrEqual(
      0
    )
    expect(reportSchema.safeParse(JSON.parse(text)).success).toBe(true)
    checked += 1
  }
  return { checked }
}

it(`a report file survives ${KILLS} SIGKILLs in the middle of saving`, async () => {
  const base = await fixtureReport()
  const texts = Array.from({ length: STATES }, (_, state) => JSON.stringify(largeReport(base, state)))
  await writeFile(join(work, 'states.json'), JSON.stringify(texts))
  // Node takes a while to start on a loaded machine, so four lanes (own file each) run side by side.
  const lanes = await Promise.all(
    Array.from({ length: LANES }, (_, lane) => killLoop(lane, KILLS / LANES, texts))
  )
  // Every kill was checked against a state that was written (inside killLoop); count them all.
  expect(lanes.reduce((sum, states) => sum + states.checked, 0)).toBe(KILLS)
  // A kill mid-write may leave a temp file, never anything else, and never in place of the report.
  const leftovers = (await readdir(work)).filter((name) => name.endsWith('.tmp'))
  expect(leftovers.every((name) => /^\.raportti-\d\.json\..+\.tmp$/.test(name))).toBe(true)
}, 600_000)
