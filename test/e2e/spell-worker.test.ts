/**
 * The spelling worker in the real browser: a page starts it exactly as the editor will (client.ts), Vite bundles
 * it and its files as for the app, and Chromium runs it under the app's CSP. Proves the WebAssembly engines and
 * dictionaries load over the app's own origin only, and what the app's CSP must allow ('wasm-unsafe-eval').
 */
import { createServer, type Server } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/main/protocol'
import { CHROMIUM_ARGS, chromiumPath } from './support/chromium'

const ROOT = resolve('out/e2e-spell')
const WITH_WASM = CONTENT_SECURITY_POLICY
const WITHOUT_WASM = WITH_WASM.replace(" 'wasm-unsafe-eval'", '')
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm'
}

async function serve(csp: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname
    const file = normalize(join(ROOT, path === '/' ? 'index.html' : path))
    if (!file.startsWith(ROOT + sep)) return void response.writeHead(403).end()
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, {
            'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
            'Content-Security-Policy': csp
          })
          .end(body),
      () => response.writeHead(404).end()
    )
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  return { origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server }
}

/** Calls the page's spell client; a rejection comes back as { error: code }. */
function spell(page: Page, method: string, ...args: unknown[]): Promise<unknown> {
  return page.evaluate(
    async ([name, params]) => {
      const client = (window as unknown as { spell: Record<string, (...a: unknown[]) => Promise<unknown>> })
        .spell
      try {
        return await client[name]!(...params)
      } catch (error) {
        return { error: (error as { code?: string }).code ?? String(error) }
      }
    },
    [method, args] as const
  )
}

describe('the spelling worker in Chromium', () => {
  let browser: Browser
  const servers: Server[] = []

  beforeAll(async () => {
    await build({
      configFile: false,
      logLevel: 'warn',
      root: resolve('test/e2e/fixtures/spell-page'),
      base: './',
      build: { outDir: ROOT, emptyOutDir: true }
    })
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS })
  })
  afterAll(async () => {
    await browser?.close()
    for (const server of servers) server.close()
  })

  async function open(csp: string): Promise<{ page: Page; requests: string[]; origin: string }> {
    const { origin, server } = await serve(csp)
    servers.push(server)
    const page = await browser.newPage()
    const requests: string[] = []
    page.context().on('request', (request) => requests.push(request.url()))
    await page.goto(`${origin}/index.html`)
    await page.waitForFunction(() => 'spell' in window)
    return { page, requests, origin }
  }

  it('checks Finnish, Swedish and English with files from the app origin only', async () => {
    const { page, requests, origin } = await open(WITH_WASM)
    const paragraph = 'Asia käsitellään seuraavassa kokouksesa valtiovarainministeriön johdolla.'
    const start = paragraph.indexOf('kokouksesa')
    expect(await spell(page, 'check', 'fi', paragraph)).toEqual([
      { start, end: start + 10, word: 'kokouksesa' }
    ])
    expect(((await spell(page, 'suggest', 'fi', 'kokouksesa')) as string[])[0]).toBe('kokouksessa')
    expect(await spell(page, 'check', 'sv', 'Regerinen beslutar.')).toEqual([
      { start: 0, end: 9, word: 'Regerinen' }
    ])
    expect(await spell(page, 'check', 'en', 'The digitalisation roadmap.')).toEqual([])

    expect(await spell(page, 'check', 'fi', 'Kela-kortti')).toHaveLength(1)
    await spell(page, 'addWord', 'fi', 'Kela-kortti')
    expect(await spell(page, 'check', 'fi', 'Kela-kortilla')).toEqual([])

    expect(requests.length).toBeGreaterThan(5)
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([])
    expect(requests.some((url) => url.endsWith('.wasm'))).toBe(true)
  })

  it("answers engine_unavailable, not silence, when the CSP refuses WebAssembly (the app's CSP needs 'wasm-unsafe-eval')", async () => {
    const { page } = await open(WITHOUT_WASM)
    expect(await spell(page, 'check', 'fi', 'kokouksesa')).toEqual({ error: 'engine_unavailable' })
  })
})
