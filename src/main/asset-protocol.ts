/**
 * The notes' images reach the renderer through `tk-asset://images/<sha256>.<png|jpg>`: a scheme of the app's own,
 * allowed by the CSP for images only (img-src), never for scripts, styles or fetch. Confined like app://, and
 * tighter: the path must be exactly one well-formed asset name (no folders, no encoding tricks), the file must be a
 * regular file really inside the data folder's assets (no symlink out), and it is sent as an image with nosniff.
 */
import { readFile, realpath, lstat } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { ASSET_NAME_PATTERN } from '../shared/images'

export const ASSET_SCHEME = 'tk-asset'
export const ASSET_HOST = 'images'

/** Privileges for `protocol.registerSchemesAsPrivileged`: a standard, secure origin (no fetch, no CORS). */
export const ASSET_SCHEME_PRIVILEGES = { standard: true, secure: true } as const

/** The asset name a tk-asset:// URL points at, or null for anything else. */
export function assetNameFromUrl(rawUrl: string): string | null {
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${ASSET_SCHEME}:` || url.host !== ASSET_HOST) return null
  if (url.search || url.username || url.password || url.port) return null
  const name = url.pathname.slice(1)
  // Matched before any decoding: %2e%2e, %2f and friends never match the pattern.
  return ASSET_NAME_PATTERN.test(name) ? name : null
}

const TYPES = { png: 'image/png', jpg: 'image/jpeg' } as const

function refuse(status: number): Response {
  return new Response(null, { status, headers: { 'Content-Type': 'text/plain' } })
}

/** The `protocol.handle('tk-asset', …)` handler over the data folder's assets folder. */
export function createAssetProtocolHandler(assetsDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405)
    const name = assetNameFromUrl(request.url)
    if (!name) return refuse(403)
    try {
      const file = join(resolve(assetsDir), name)
      if (!(await lstat(file)).isFile()) return refuse(404)
      const [realRoot, realFile] = await Promise.all([realpath(resolve(assetsDir)), realpath(file)])
      const rel = relative(realRoot, realFile)
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return refuse(403)
      const body = await readFile(realFile)
      const ext = name.slice(-3) as keyof typeof TYPES
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: {
          'Content-Type': TYPES[ext],
          'Content-Security-Policy': "default-src 'none'",
          'X-Content-Type-Options': 'nosniff',
          // Content-addressed: the bytes behind a name never change.
          'Cache-Control': 'private, max-age=31536000, immutable'
        }
      })
    } catch {
      return refuse(404)
    }
  }
}
