/** Bundles a TypeScript module of src/ to plain .mjs with vite, so a child process runs the real code. */
import { build } from 'vite'
import { join } from 'node:path'

/** Builds `entry` (absolute path) into `outDir/<name>.mjs` with every dependency inlined; returns its path. */
export async function bundleForNode(entry: string, outDir: string, name: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: `${name}.mjs` } }
    }
  })
  return join(outDir, `${name}.mjs`)
}
