// Save benchmark: p50/p95 of saving a 200-section report (~110 k words) in a library of 1 and of 1 000 reports,
// opening a 1 000-report library, and what fsync costs. The real services code is bundled with vite first
// (services are not a separate build entry). Run alone: `node bench/save.mjs` prints JSON.
import { Buffer } from 'node:buffer'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'
import { build } from 'vite'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const SAVES = 200
const VOCABULARY = (
  'digitalisaatio julkinen hallinto palvelu tunnistautuminen tiedonhallinta ministeriö päätös ' +
  'toimenpide kehittäminen rahoitus tekoäly osaaminen infrastruktuuri pilvipalvelu yhteentoimivuus säädös ' +
  'tietoturva kansalainen yritys tavoite mittari edistyminen aikataulu riski vastuu yhteistyö hanke'
).split(' ')

async function bundleServices() {
  const outDir = join(root, 'node_modules', '.tmp', 'bench-save')
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true },
    build: {
      ssr: join(root, 'src/main/services/reports.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'reports.mjs' } }
    }
  })
  return import(pathToFileURL(join(outDir, 'reports.mjs')).href)
}

/** Deterministic pseudo-Finnish text. */
function words(count, seed) {
  const out = []
  let x = seed
  for (let i = 0; i < count; i += 1) {
    x = (x * 1103515245 + 12345) % 2147483648
    out.push(VOCABULARY[x % VOCABULARY.length])
  }
  return out.join(' ')
}

function report(id, sectionCount, wordsPerSection) {
  const now = new Date().toISOString()
  return {
    schemaVersion: 2,
    id,
    revision: 0,
    title: `Tilannekuva ${id}`,
    language: 'fi',
    state: 'draft',
    version: '',
    author: '',
    organisation: 'VM',
    classification: { level: 'public', legalBasis: '' },
    diaryNumber: '',
    createdAt: now,
    updatedAt: now,
    meeting: {
      name: 'Kansliapäälliköiden kokous',
      date: '2021-10-25',
      time: '14:00',
      place: 'Säätytalo',
      chair: '',
      secretary: '',
      participants: [],
      agenda: []
    },
    sections: Array.from({ length: sectionCount }, (_, i) => ({
      id: `s${i}`,
      title: `Osio ${i + 1}`,
      guidance: '',
      status: 'on_track',
      trend: 'none',
      owner: 'VM',
      notes: {
        type: 'doc',
        content: Array.from({ length: 5 }, (_, p) => ({
          type: 'paragraph',
          content: [{ type: 'text', text: words(Math.round(wordsPerSection / 5), i * 31 + p + 1) }]
        }))
      },
      keyFigures: [],
      decisions: [{ id: `d${i}`, text: 'Hyväksyttiin.' }],
      actions: []
    }))
  }
}

const deps = (dataDir, fsync) => ({
  dataDir,
  fsync,
  appVersion: 'bench',
  resourcesDir: join(root, 'resources'),
  platform: process.platform,
  dialogs: { open: async () => null, save: async () => null },
  shell: { showItemInFolder() {}, openPath: async () => {}, openExternal: async () => {} }
})

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/**
 * The large report with five 2 MB screenshots in its notes, stored as the app stores them: files in assets/,
 * referenced by name (the issue measured ~475 ms a save with them as data URLs in the JSON).
 */
async function withFiveImages(context, base) {
  const sections = base.sections.slice()
  for (let i = 0; i < 5; i += 1) {
    const bytes = Buffer.alloc(2 * 1024 * 1024, i + 1)
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes)
    const asset = await context.assets.add(bytes, 'png')
    const image = {
      type: 'image',
      attrs: { asset, alt: `Kuvakaappaus ${i + 1}`, decorative: false, width: 640, height: 400 }
    }
    sections[i] = {
      ...sections[i],
      notes: { ...sections[i].notes, content: [...sections[i].notes.content, image] }
    }
  }
  return { ...base, sections }
}

/** Times SAVES saves of the large report, each with one section's text changed (as typing does). */
async function timeSaves(reportServices, dataDir, fsync, images = false) {
  const { services, context } = await reportServices(deps(dataDir, fsync))
  const large = report('suuri', 200, 550)
  let current = await context.insertReport(images ? await withFiveImages(context, large) : large)
  const times = []
  for (let i = 0; i < SAVES; i += 1) {
    const sections = current.sections.slice()
    const section = sections[i % sections.length]
    sections[i % sections.length] = { ...section, title: `${section.title} ${i}` }
    const edited = { ...current, sections }
    const started = performance.now()
    const result = await services['reports.save']({ report: edited, baseRevision: current.revision })
    times.push(performance.now() - started)
    current = { ...edited, ...result }
  }
  await context.close()
  return times
}

/** The floor on this machine in this run: JSON.stringify + fs.writeFile of the same report, no temp file, no fsync. */
async function timeFloor(dataDir) {
  await mkdir(dataDir, { recursive: true })
  const large = report('suuri', 200, 550)
  const times = []
  for (let i = 0; i < SAVES; i += 1) {
    const started = performance.now()
    await writeFile(join(dataDir, 'suuri.json'), JSON.stringify({ ...large, revision: i }))
    times.push(performance.now() - started)
  }
  return times
}

/** A library of `count` typical reports (15 sections), written directly: set-up, not measured. */
async function fillLibrary(dataDir, count) {
  await mkdir(join(dataDir, 'reports'), { recursive: true })
  const summaries = []
  for (let i = 0; i < count; i += 1) {
    const typical = report(`r${i}`, 15, 300)
    await writeFile(join(dataDir, 'reports', `r${i}.json`), JSON.stringify(typical))
    summaries.push({
      id: typical.id,
      title: typical.title,
      meetingName: typical.meeting.name,
      meetingDate: typical.meeting.date,
      state: 'draft',
      language: 'fi',
      updatedAt: typical.updatedAt,
      sectionCount: 15
    })
  }
  const index = { schemaVersion: 1, reports: summaries, settings: { uiLanguage: 'fi', recentReportIds: [] } }
  await writeFile(join(dataDir, 'library.json'), JSON.stringify(index))
}

/** Runs the benchmark and returns its figures. */
export default async function saveBench() {
  const { reportServices } = await bundleServices()
  const work = await mkdtemp(join(tmpdir(), 'tilannekuva-bench-'))
  try {
    const lib1 = await timeSaves(reportServices, join(work, 'lib1'), true)
    const images5 = await timeSaves(reportServices, join(work, 'images5'), true, true)
    const nofsync = await timeSaves(reportServices, join(work, 'nofsync'), false)
    const floor = await timeFloor(join(work, 'floor'))
    const big = join(work, 'lib1000')
    await fillLibrary(big, 999)
    const opens = []
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now()
      const { services, context } = await reportServices(deps(big, true))
      await services['reports.list']({})
      opens.push(performance.now() - started)
      await context.close()
    }
    const lib1000 = await timeSaves(reportServices, big, true)
    return {
      save_ms_p50_lib1: percentile(lib1, 50),
      save_ms_p95_lib1: percentile(lib1, 95),
      save_ms_p95_images5: percentile(images5, 95),
      save_ms_p95_images5_vs_lib1: percentile(images5, 95) / percentile(lib1, 95),
      save_ms_p50_lib1000: percentile(lib1000, 50),
      save_ms_p95_lib1000: percentile(lib1000, 95),
      open_library_ms_lib1000: percentile(opens, 50),
      save_fsync_ms_p95: percentile(lib1, 95),
      save_nofsync_ms_p95: percentile(nofsync, 95),
      save_floor_writefile_ms_p95: percentile(floor, 95),
      save_report_words: 200 * 550
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await saveBench(), null, 2))
}
