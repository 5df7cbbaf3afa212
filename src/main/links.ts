/**
 * The one gate between the app and the system browser. Pure, so it is tested without Electron: only web and mail
 * links leave the app; anything that could run code or touch the file system (javascript:, file:, data:, UNC
 * paths, custom protocol handlers) is refused.
 */

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** Returns the normalised URL when it is safe to hand to the OS (http, https, mailto), otherwise null. */
export function safeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 4096) return null
  const text = raw.trim()
  // UNC paths (\\server\share, //server/share) would make Windows open an SMB connection and leak credentials.
  if (text.startsWith('\\') || text.startsWith('//')) return null
  // Control characters have no place in a link and are a classic way to confuse URL parsers.
  if ([...text].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return null
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return null
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null
  if (url.protocol === 'mailto:') return url.pathname.length > 0 ? url.href : null
  if (url.hostname.length === 0) return null
  // http://user:pass@host is a phishing pattern (the visible "host" is the user name).
  if (url.username !== '' || url.password !== '') return null
  return url.href
}
