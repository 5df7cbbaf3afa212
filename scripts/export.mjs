// `npm run export -- report.tilannekuva.json --out report.docx [--lang fi] [--template org.docx]`: the headless
// export (src/main/cli.ts) as one bundled file, out/cli/cli.mjs, with its dependencies inlined — one module to
// compile instead of zod's hundred, which was a third of a large export's time. It is rebuilt only when a source
// it is made of is newer than it, and then only it: never the app's main, preload and renderer.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const CLI = join(root, 'out/cli/cli.mjs')
// What the bundle is made of: the main process's and the domain's sources, the locked dependencies, this script.
const SOURCES = ['src/main', 'src/shared', 'package-lock.json', 'scripts/export.mjs']

function newestMtime(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

/** True when the bundle (out/cli/cli.mjs) is missing or older than any of its sources under `base`. */
export function isStale(base = root, bundle = CLI) {
  if (!existsSync(bundle)) return true
  const built = statSync(bundle).mtimeMs
  return SOURCES.some((source) => existsSync(join(base, source)) && newestMtime(join(base, source)) > built)
}

/** Bundles src/main/cli.ts and everything it imports into out/cli/. */
export async function buildCli() {
  const { build } = await import('vite')
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: join(root, 'src/main/cli.ts'),
      outDir: join(root, 'out/cli'),
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      reportCompressedSize: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'cli.mjs', chunkFileNames: '[name].mjs' } }
    },
    // Inline every dependency: the bundle runs from anywhere with nothing but Node.
    ssr: { noExternal: true, target: 'node' }
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (isStale()) await buildCli()
  const { runCli } = await import(pathToFileURL(CLI).href)
  process.exitCode = await runCli(process.argv.slice(2))
}
