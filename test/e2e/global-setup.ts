/** Checks the built renderer and Chromium exist, and bundles the page-side api for the harness. */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { build } from 'vite'
import { chromiumPath } from './support/chromium'

export const PAGE_API_BUNDLE = resolve('out/e2e/page-api.js')

export default async function setup(): Promise<void> {
  chromiumPath()
  if (!existsSync(resolve('out/renderer/index.html'))) {
    throw new Error('e2e: out/renderer is missing. Build first: npm run build (npm test and npm run e2e do).')
  }
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: resolve('out/e2e'),
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: resolve('test/e2e/support/page-api.ts'),
        formats: ['iife'],
        name: 'tilannekuvaPageApi',
        fileName: () => 'page-api.js'
      }
    }
  })
}
