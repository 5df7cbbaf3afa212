/**
 * Content hashes for contribution files: SHA-256 over a canonical JSON serialisation, so the same content hashes the
 * same in the main process, the renderer and on another ministry's laptop, whatever the key order in the file.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

/**
 * JSON in the canonical form of RFC 8785 (JCS): object keys sorted by UTF-16 code units, no whitespace, `undefined`
 * members left out. RFC 8785 defines numbers and strings exactly as ECMAScript's JSON.stringify writes them, so in
 * JavaScript the scheme is only the key order; a library would add a dependency for these few lines.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonical JSON has no NaN or Infinity')
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`
  }
  throw new TypeError(`canonical JSON cannot hold a ${typeof value}`)
}

/** SHA-256 of a text's UTF-8 bytes, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)))
}

/** SHA-256 of the canonical JSON of a value: equal content gives an equal hash, in any process. */
export function contentHash(value: unknown): string {
  return sha256Hex(canonicalJson(value))
}

/** True when two JSON values have the same content (key order and `undefined` members do not count). */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === undefined || b === undefined) return false
  return canonicalJson(a) === canonicalJson(b)
}
