// Writes resources/THIRD-PARTY-NOTICES.txt: every third-party component the app ships — the runtime npm
// packages of package-lock.json, the spelling engines compiled to WebAssembly and their dictionaries — with its
// licence and the licence texts. Generated, never edited: a test checks it is up to date with the lockfile.
//   node scripts/third-party-notices.mjs           write it
//   node scripts/third-party-notices.mjs --check   exit 1 if the committed file is out of date
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import spdx from 'spdx-license-list/full.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const NOTICES_PATH = 'resources/THIRD-PARTY-NOTICES.txt'

/** Not from npm: built by scripts/build-voikko.sh and build-hunspell.sh from Debian's sources and packages. */
const WEBASSEMBLY_COMPONENTS = [
  {
    name: 'libvoikko',
    version: '4.3.1 (Debian source 4.3.1-1)',
    license: 'GPL-2.0-or-later; its core also MPL-1.1 OR LGPL-2.1-or-later',
    what: 'Finnish spelling engine, compiled to WebAssembly (resources/spell/fi/voikko.wasm, voikko.mjs)',
    source: 'libvoikko_4.3.1.orig.tar.gz of Debian 12, built by scripts/build-voikko.sh',
    files: ['resources/spell/fi/libvoikko.LICENSE.CORE', 'resources/spell/fi/libvoikko.COPYING']
  },
  {
    name: 'voikko-fi',
    version: '2.5 (Debian package 2.5-1)',
    license: 'GPL-2.0-or-later',
    what: 'Finnish morphology for Voikko (resources/spell/fi/5/mor-standard)',
    source: 'the voikko-fi package of Debian 12 (source: Debian source package voikko-fi 2.5-1)',
    files: ['resources/spell/fi/voikko-fi.copyright']
  },
  {
    name: 'Hunspell',
    version: '1.7.1 (Debian source 1.7.1-1)',
    license: 'MPL-1.1 OR GPL-2.0-or-later OR LGPL-2.1-or-later',
    what: 'Swedish and English spelling engine, compiled to WebAssembly (resources/spell/hunspell)',
    source: 'hunspell_1.7.1.orig.tar.gz of Debian 12, built by scripts/build-hunspell.sh',
    files: ['license.hunspell', 'license.myspell', 'COPYING.MPL', 'COPYING', 'COPYING.LESSER'].map(
      (name) => `resources/spell/hunspell/hunspell.${name}`
    )
  },
  {
    name: 'Emscripten',
    version: '3.1.6 (Debian package 3.1.6~dfsg-5)',
    license: 'MIT OR NCSA; the C and C++ libraries it compiles in under their own licences (below)',
    what: 'JavaScript runtime (voikko.mjs, hunspell.mjs) and C/C++ system libraries inside both .wasm files',
    source: 'the emscripten package of Debian 12',
    files: ['resources/spell/fi/emscripten.copyright']
  }
]

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\b|[-_.])/i
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0)
const read = (path) => readFileSync(join(root, path), 'utf8').replace(/\r\n?/g, '\n').trimEnd()

/** Runtime packages of the lockfile (not dev-only), with their licence files from node_modules. */
function runtimePackages() {
  const lock = JSON.parse(read('package-lock.json'))
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.devOptional)
    .map(([path, entry]) => {
      const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)
      const files = readdirSync(join(root, path))
        .filter((file) => LICENSE_FILE.test(file))
        .sort(byText)
        .map((file) => `${path}/${file}`)
      return { name, version: entry.version, license: entry.license ?? 'UNKNOWN', files }
    })
    .sort((a, b) => byText(a.name, b.name) || byText(a.version, b.version))
}

/** SPDX identifiers in a licence expression, for the standard texts. */
function spdxIds(expression) {
  const ids = expression.split(/[\s(),;]+/).filter((token) => spdx[token])
  // The LGPL 3.0 is a set of additional permissions on top of the GPL 3.0: ship both texts.
  if (ids.some((id) => id.startsWith('LGPL-3.0'))) ids.push('GPL-3.0-only')
  return ids
}

export function renderNotices() {
  const packages = runtimePackages()
  const components = [...WEBASSEMBLY_COMPONENTS, ...packages]
  const texts = new Map() // licence text -> components using it
  for (const component of components) {
    for (const file of component.files) {
      const text = read(file)
      texts.set(text, [
        ...(texts.get(text) ?? []),
        `${component.name} ${component.version} (${file.split('/').pop()})`
      ])
    }
  }
  const standard = [...new Set(components.flatMap((component) => spdxIds(component.license)))].sort(byText)
  const line = '='.repeat(100)
  const out = [
    'Tilannekuva — third-party notices',
    '',
    'Tilannekuva is licensed under the European Union Public Licence 1.2 (EUPL-1.2, the file LICENSE).',
    'It ships the third-party components listed here. Electron and Chromium, which run the app, bring their own',
    'notices beside it (LICENSE.electron.txt and LICENSES.chromium.html).',
    'Generated by scripts/third-party-notices.mjs from package-lock.json and resources/spell; do not edit.',
    '',
    line,
    'Spelling engines and dictionaries in WebAssembly',
    line
  ]
  for (const c of WEBASSEMBLY_COMPONENTS) {
    out.push(
      '',
      `${c.name} ${c.version}`,
      `  Licence: ${c.license}`,
      `  What: ${c.what}`,
      `  Source: ${c.source}`
    )
  }
  out.push('', line, `npm packages shipped with the app (${packages.length})`, line, '')
  for (const p of packages) {
    out.push(
      `${p.name} ${p.version} — ${p.license}${p.files.length ? '' : ' (no licence file: standard text below)'}`
    )
  }
  out.push('', line, 'Licence texts, as shipped by each component', line)
  for (const [text, users] of [...texts].sort((a, b) => byText(a[1][0], b[1][0]))) {
    out.push('', `--- ${users.join(', ')}`, '', text)
  }
  out.push('', line, 'Standard texts of the licences named above (SPDX)', line)
  for (const id of standard) out.push('', `--- ${id}: ${spdx[id].name}`, '', spdx[id].licenseText.trimEnd())
  return out.join('\n') + '\n'
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const output = process.argv.indexOf('--output')
  const target = resolve(root, output > 0 ? process.argv[output + 1] : NOTICES_PATH)
  const notices = renderNotices()
  if (process.argv.includes('--check')) {
    let current = ''
    try {
      current = readFileSync(target, 'utf8')
    } catch {
      // missing counts as out of date
    }
    if (current !== notices) {
      console.error(
        `${NOTICES_PATH} is out of date with package-lock.json: run node scripts/third-party-notices.mjs`
      )
      process.exit(1)
    }
  } else {
    writeFileSync(target, notices)
    console.log(`wrote ${NOTICES_PATH} (${notices.length} characters)`)
  }
}
