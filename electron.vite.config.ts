import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

/**
 * `npm run dev` only: React's fast refresh injects an inline preamble and talks to the dev server over a
 * websocket, which the production CSP forbids. Relax the meta CSP for the dev server; builds keep the strict one.
 */
function devCsp(): Plugin {
  return {
    name: 'tilannekuva-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*")
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/main/index.ts'), cli: resolve(__dirname, 'src/main/cli.ts') }
      }
    }
  },
  preload: {
    // A sandboxed preload cannot use ES modules: build it as CommonJS.
    build: {
      // …and can require only `electron`: bundle the shared client and zod into it instead of require()-ing them.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    build: {
      // electron-vite leaves the renderer unminified; 3 MB of source to parse made the first screen wait 2–3 s.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    },
    plugins: [react(), devCsp()]
  }
})
