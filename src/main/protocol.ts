/**
 * The renderer is served through `app://tilannekuva/…` instead of `file://`: a standard, secure origin of its own,
 * so the CSP's 'self' means exactly the app's files and nothing else on the disk. The handler serves only files
 * inside the built renderer folder; every escape attempt (../, encoded separators, symlinks out) is refused.
 */
import { readFile, realpath } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'

export const APP_SCHEME = 'app'
export const APP_HOST = 'tilannekuva'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * The one Content-Security-Policy of the app, sent as a response header for app:// and repeated in
 * src/renderer/index.html. No 'unsafe-eval', no remote origin: the app is offline by design.
 * 'wasm-unsafe-eval' lets the spelling worker compile its WebAssembly engines (Voikko, Hunspell) and nothing
 * else: JavaScript eval stays refused (ADR 0014).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  // Fluent UI (Griffel) injects <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  // tk-asset: the notes' images (asset-protocol.ts), for images only.
  "img-src 'self' data: blob: tk-asset:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'"
].join('; ')

/** Privileges for `protocol.registerSchemesAsPrivileged` (must run before the app is ready). */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm'
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

/**
 * Maps an app:// URL to a file inside `root`, or null when the URL points anywhere else (another host,
 * path traversal, encoded separators, NUL bytes). Pure apart from path arithmetic.
 */
export function resolveAppPath(root: string, rawUrl: string): string | null {
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  // After decoding, a backslash or NUL can only be an attempt to smuggle a separator or truncate the path.
  if (path.includes('\\') || path.includes('\0')) return null
  if (path.split('/').some((part) => part === '..')) return null
  if (path === '/' || path === '') path = '/index.html'
  const rootDir = resolve(root)
  const file = resolve(rootDir, '.' + path.split('/').join(sep))
  return isInside(rootDir, file) ? file : null
}

function refuse(status: number): Response {
  return new Response(null, { status, headers: { 'Content-Type': 'text/plain' } })
}

/** The `protocol.handle('app', …)` handler: serves files from `root` only, with the CSP header. */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405)
    const file = resolveAppPath(root, request.url)
    if (!file) return refuse(403)
    try {
      // A symlink inside the folder must not lead outside it.
      const [realRoot, realFile] = await Promise.all([realpath(resolve(root)), realpath(file)])
      if (!isInside(realRoot, realFile)) return refuse(403)
      const body = await readFile(realFile)
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: {
          'Content-Type': MIME_TYPES[extname(realFile).toLowerCase()] ?? 'application/octet-stream',
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff'
        }
      })
    } catch {
      return refuse(404)
    }
  }
}
