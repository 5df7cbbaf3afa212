import { existsSync, readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { FakeBrowserWindow as FakeWindowType } from '../support/electron-mock'

vi.mock('electron', async () => (await import('../support/electron-mock')).createElectronMock())

const { BrowserWindow } = await import('electron')
const { createMainWindow, PERMISSION_ALLOWLIST } = await import('../../src/main/window')
const { CONTENT_SECURITY_POLICY } = await import('../../src/main/protocol')
const FakeWindow = BrowserWindow as unknown as typeof FakeWindowType

const openExternal = vi.fn()

function open(devServerUrl?: string) {
  createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    entryUrl: devServerUrl ?? 'app://tilannekuva/index.html',
    ...(devServerUrl ? { devServerUrl } : {}),
    bounds: { width: 1200, height: 800 },
    title: 'Tilannekuva',
    openExternal
  })
  const window = FakeWindow.instances.at(-1)
  if (!window) throw new Error('no window was created')
  return window
}

function request(window: FakeWindowType, url: string): { cancel?: boolean } {
  let answer: { cancel?: boolean } = {}
  const listener = window.webContents.session.beforeRequest as unknown as (
    details: { url: string },
    callback: (response: { cancel?: boolean }) => void
  ) => void
  listener({ url }, (response) => (answer = response))
  return answer
}

beforeEach(() => {
  openExternal.mockClear()
})

describe('the main window', () => {
  it('is created with exactly the secure flags', () => {
    const window = open()
    expect(window.options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false
    })
    // Electron's checker is off for the whole session too: it would download dictionaries and has no Finnish.
    expect(window.webContents.session.setSpellCheckerEnabled).toHaveBeenCalledWith(false)
    expect(window.loadURL).toHaveBeenCalledWith('app://tilannekuva/index.html')
  })

  it('denies navigation and redirects, opening safe links in the system browser instead', () => {
    const window = open()
    for (const url of ['https://example.org/', 'app://tilannekuva/other.html', 'file:///etc/passwd']) {
      const event = { preventDefault: vi.fn() }
      window.webContents.emit('will-navigate', event, url)
      expect(event.preventDefault).toHaveBeenCalled()
      const redirect = { preventDefault: vi.fn() }
      window.webContents.emit('will-redirect', redirect, url)
      expect(redirect.preventDefault).toHaveBeenCalled()
    }
    expect(openExternal.mock.calls).toEqual([['https://example.org/']])
    const webview = { preventDefault: vi.fn() }
    window.webContents.emit('will-attach-webview', webview)
    expect(webview.preventDefault).toHaveBeenCalled()
  })

  it('denies every new window; only http(s)/mailto links reach the system browser', () => {
    const window = open()
    const handler = window.webContents.windowOpenHandler as unknown as (d: { url: string }) => {
      action: string
    }
    for (const url of [
      'https://vm.fi/',
      'javascript:alert(1)',
      'file:///c:/x',
      '\\\\server\\share',
      'about:blank'
    ]) {
      expect(handler({ url })).toEqual({ action: 'deny' })
    }
    expect(openExternal.mock.calls).toEqual([['https://vm.fi/']])
  })

  it('refuses permission requests and checks, except the allowlisted ones from the app itself', () => {
    const session = open().webContents.session
    const ask = (permission: string, requestingUrl = 'app://tilannekuva/index.html') => {
      let granted: boolean | undefined
      const handler = session.permissionRequestHandler as unknown as (...args: unknown[]) => void
      handler({}, permission, (answer: boolean) => (granted = answer), { requestingUrl })
      return granted
    }
    const check = session.permissionCheckHandler as unknown as (...args: unknown[]) => boolean
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(ask(permission)).toBe(false)
      expect(check({}, permission, 'app://tilannekuva', {})).toBe(false)
    }
    expect(Object.keys(PERMISSION_ALLOWLIST)).toEqual(['clipboard-sanitized-write'])
    expect(ask('clipboard-sanitized-write')).toBe(true)
    expect(ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false)
    expect(check({}, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false)
  })

  it('cancels every network request to an http(s) host and lets the app files through', () => {
    const window = open()
    for (const url of [
      'https://example.org/',
      'http://localhost:5173/',
      'http://127.0.0.1/',
      'https://fonts.googleapis.com/css',
      'ws://example.org/',
      'ftp://example.org/',
      'file:///etc/passwd',
      'devtools://devtools/bundled/inspector.html',
      'app://another-host/index.html'
    ]) {
      expect(request(window, url), url).toEqual({ cancel: true })
    }
    expect(request(window, 'app://tilannekuva/assets/index.js')).toEqual({ cancel: false })
    expect(request(window, 'data:image/png;base64,AAAA')).toEqual({ cancel: false })
  })

  it('in development lets only the dev server and DevTools through', () => {
    const window = open('http://localhost:5173')
    expect(request(window, 'http://localhost:5173/src/main.tsx')).toEqual({ cancel: false })
    expect(request(window, 'ws://localhost:5173/')).toEqual({ cancel: false })
    expect(request(window, 'devtools://devtools/bundled/inspector.html')).toEqual({ cancel: false })
    expect(request(window, 'http://localhost:8080/')).toEqual({ cancel: true })
    expect(request(window, 'https://example.org/')).toEqual({ cancel: true })
  })

  it('adds the CSP header to every response of the app', () => {
    const session = open('http://localhost:5173').webContents.session
    const listener = session.headersReceived as unknown as (...args: unknown[]) => void
    const headersFor = (url: string) => {
      let answer: { responseHeaders?: Record<string, string[]> } = {}
      listener(
        { url, responseHeaders: { 'Content-Type': ['text/html'] } },
        (r: typeof answer) => (answer = r)
      )
      return answer.responseHeaders
    }
    const withCsp = { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }
    expect(headersFor('app://tilannekuva/index.html')).toEqual(withCsp)
    expect(headersFor('http://localhost:5173/index.html')).toEqual(withCsp)
    // DevTools keeps its own headers.
    expect(headersFor('devtools://devtools/bundled/inspector.html')).toBeUndefined()
  })
})

describe('the Content-Security-Policy', () => {
  const directives = (csp: string) =>
    new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
        .map(([k, ...v]) => [k, v])
    )

  function expectStrict(csp: string) {
    // WebAssembly may be compiled (the spelling engines); JavaScript eval may not.
    expect(csp.replaceAll("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-eval|https?:|wss?:|\*/)
    const map = directives(csp)
    expect(map.get('default-src')).toEqual(["'none'"])
    expect(map.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"])
    expect(map.get('object-src')).toEqual(["'none'"])
    expect(map.get('frame-ancestors')).toEqual(["'none'"])
  }

  it('has no unsafe-eval and no remote source', () => {
    expectStrict(CONTENT_SECURITY_POLICY)
  })

  it('is the same in index.html, source and (when built) out/renderer', () => {
    // npm test builds first, so the built file is checked there; the source is always checked.
    const files = ['src/renderer/index.html', 'out/renderer/index.html'].filter((file) => existsSync(file))
    expect(files).toContain('src/renderer/index.html')
    for (const file of files) {
      const html = readFileSync(file, 'utf8')
      const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)
      expect(meta?.[1], file).toBe(CONTENT_SECURITY_POLICY)
      expect(html, file).not.toMatch(/<(script|link)[^>]+(src|href)="(https?:)?\/\//i)
    }
  })
})
