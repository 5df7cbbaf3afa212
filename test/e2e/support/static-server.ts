/** Serves the built renderer on 127.0.0.1 (file:// blocks module scripts) with the app's CSP header. */
import { createServer, type Server } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/protocol'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wasm': 'application/wasm'
}

/** Where the notes' images are served in e2e (the app's tk-asset:// scheme does not exist in a plain Chromium). */
export const E2E_ASSET_PATH = '/__assets/'

/**
 * Starts the server; resolves to its origin and a close function. With `assetsDir`, well-formed asset names under
 * /__assets/ are served from it, as tk-asset://images/ serves them in the app.
 */
export async function serveRenderer(
  root = resolve('out/renderer'),
  assetsDir?: string
): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    const asset = path.startsWith(E2E_ASSET_PATH) ? path.slice(E2E_ASSET_PATH.length) : null
    if (assetsDir && asset !== null) {
      const type = /^[0-9a-f]{64}\.(png|jpg)$/.exec(asset)?.[1]
      if (!type) return void response.writeHead(403).end()
      readFile(join(assetsDir, asset)).then(
        (body) =>
          response.writeHead(200, { 'Content-Type': `image/${type === 'jpg' ? 'jpeg' : 'png'}` }).end(body),
        () => response.writeHead(404).end()
      )
      return
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path))
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end()
      return
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Content-Security-Policy': CONTENT_SECURITY_POLICY
        })
        response.end(body)
      },
      () => response.writeHead(404).end()
    )
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { origin: `http://127.0.0.1:${port}`, server }
}
