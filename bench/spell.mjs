// Spelling benchmark: how long each language's engine takes to start, and how long the worker takes to check one
// paragraph while it is being typed (the paragraph re-checked after every character, as the editor will).
// It runs the worker's own code (host.ts, bundled with vite) under Node on the committed WebAssembly files, so
// it measures the engines, not the message passing. Run alone: `node bench/spell.mjs` prints JSON.
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'
import { build } from 'vite'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const INIT_REPEATS = 3

// Realistic paragraphs of a situation report, 60–100 words, each with names, abbreviations, a number and a slip.
const PARAGRAPHS = {
  fi:
    'Valtiovarainministeriön johtama ohjausryhmä käsitteli kokouksessaan julkisen hallinnon digitalisaation ' +
    'tilannekuvaa. Tietoturvapoikkeamailmoituksista laaditaan jatkossa neljännesvuosittainen yhteenveto, jonka ' +
    'Traficomin Kyberturvallisuuskeskus toimittaa ministeriöille. Hyvinvointialueiden tietojärjestelmien ' +
    'yhteentoimivuudessa on edistytty, mutta Kela-kortin sähköistämisen aikataulu on viivästynyt noin kolme ' +
    'kuukautta. Ohjausryhmä päätti, että EU:n tekoälyasetuksen toimeenpanosta valmistellaan erillinen selvitys ' +
    'seuraavaan kokoukseen mennessä. Lisäksi todettiin, että Suomi.fi-palvelujen käyttö kasvoi edellisvuodesta ' +
    '12 prosenttia ja että rahoitusta tarvitaan erityisesti osaamisen kehittämiseen ja pilvipalvelujen hankintaan.',
  sv:
    'Styrgruppen under ledning av finansministeriet behandlade vid sitt möte lägesbilden för digitaliseringen ' +
    'av den offentliga förvaltningen. Om anmälningar av informationssäkerhetsincidenter sammanställs framöver ' +
    'en kvartalsvis översikt som Traficoms Cybersäkerhetscenter levererar till ministerierna. ' +
    'Interoperabiliteten mellan välfärdsområdenas informationssystem har förbättrats, men tidtabellen för ' +
    'FPA-kortet har försenats med cirka tre månader. Styrgruppen beslutade att en separat utredning om ' +
    'genomförandet av EU:s AI-förordning bereds till nästa möte. Användningen av Suomi.fi-tjänsterna ökade med ' +
    '12 procent och finansiering behövs särskilt för kompetensutveckling och upphandling av molntjänster.',
  en:
    'The steering group led by the Ministry of Finance reviewed the situational picture of the digitalisation ' +
    'of public administration at its meeting. A quarterly summary of information security incident reports ' +
    "will be compiled from now on and delivered to the ministries by Traficom's National Cyber Security Centre. " +
    "Progress has been made on the interoperability of the wellbeing services counties' information systems, " +
    'but the schedule for the Kela card has slipped by about three months. A separate report on the EU AI Act ' +
    'will be prepared for the next meeting. Use of Suomi.fi services grew by 12 percent.'
}

async function bundleSpell() {
  const outDir = join(root, 'node_modules', '.tmp', 'bench-spell')
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true },
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: {
        input: {
          host: join(root, 'src/renderer/src/spell/host.ts'),
          assets: join(root, 'src/renderer/src/spell/assets.ts'),
          tokenize: join(root, 'src/renderer/src/spell/tokenize.ts')
        },
        output: { format: 'es', entryFileNames: '[name].mjs' }
      }
    }
  })
  const load = (name) => import(pathToFileURL(join(outDir, `${name}.mjs`)).href)
  return { ...(await load('host')), ...(await load('assets')), ...(await load('tokenize')) }
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const median = (values) => percentile(values, 50)

export default async function spellBench() {
  const { createSpellHost, ASSET_PATHS, tokenize } = await bundleSpell()
  const read = async (asset) => new Uint8Array(await readFile(join(root, ASSET_PATHS[asset])))
  const results = {}
  let id = 0
  for (const [language, paragraph] of Object.entries(PARAGRAPHS)) {
    // Start: a fresh host each time, so the engine is created from its files (the worker's first use).
    const inits = []
    let host
    for (let i = 0; i < INIT_REPEATS; i++) {
      host = createSpellHost(read)
      const started = performance.now()
      const answer = await host.handle({ id: id++, type: 'setUserWords', language, words: [] })
      await host.handle({ id: id++, type: 'check', language, text: 'a' })
      inits.push(performance.now() - started)
      if (answer.type === 'error') throw new Error(answer.message)
    }
    results[`spell_init_ms_${language}`] = median(inits)

    const started = performance.now()
    await host.handle({ id: id++, type: 'check', language, text: paragraph })
    results[`spell_ms_first_paragraph_${language}`] = performance.now() - started

    // Typing the paragraph: after every character the whole paragraph so far is checked again.
    const typing = []
    const splitting = []
    for (let end = 1; end <= paragraph.length; end++) {
      const text = paragraph.slice(0, end)
      const before = performance.now()
      const answer = await host.handle({ id: id++, type: 'check', language, text })
      typing.push(performance.now() - before)
      if (answer.type !== 'checked') throw new Error(`check failed: ${JSON.stringify(answer)}`)
      const floor = performance.now()
      tokenize(text)
      splitting.push(performance.now() - floor)
    }
    results[`spell_ms_per_paragraph_p95_${language}`] = percentile(typing, 95)
    results[`spell_ms_split_only_p95_${language}`] = percentile(splitting, 95)
    results[`spell_words_per_paragraph_${language}`] = paragraph.split(/\s+/u).length
  }
  results.spell_ms_per_paragraph_p95 = Math.max(
    ...Object.keys(PARAGRAPHS).map((language) => results[`spell_ms_per_paragraph_p95_${language}`])
  )
  return results
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await spellBench(), null, 2))
}
