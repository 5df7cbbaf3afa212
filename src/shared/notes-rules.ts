/**
 * What the notes may hold, shared by the editor, the link dialog and the paste cleaning
 * (src/renderer/src/features/editor/paste/): which link addresses are safe, and how deep lists nest.
 * Pure string work, no DOM.
 */

/** Link schemes a note may carry: anything else (javascript:, data:, file:, vbscript:…) is refused. */
const SAFE_LINK_SCHEMES = ['http', 'https', 'mailto'] as const

/** Deepest list nesting the notes allow (the export and the editor agree on it). */
export const MAX_LIST_DEPTH = 3

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  colon: ':',
  tab: '\t',
  newline: '\n'
}

/** Decodes the HTML character references an attribute or text may hold (numeric and the common named ones). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole
  })
}

/** True when `href` is an http(s) or mailto address — checked as a browser would read it (entities, spaces, case). */
export function isSafeLinkHref(href: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so the check must too.
  // eslint-disable-next-line no-control-regex
  const compact = decodeEntities(href).replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(compact)
  if (!match) return false
  const scheme = (match[1] ?? '').toLowerCase()
  if (!(SAFE_LINK_SCHEMES as readonly string[]).includes(scheme)) return false
  return scheme === 'mailto' ? compact.length > 'mailto:'.length : /^https?:\/\/[^/\s]/i.test(compact)
}

/**
 * What the user typed in the link dialog, as a safe href: "www.vm.fi" becomes https://www.vm.fi and
 * "etunimi.sukunimi@gov.fi" a mailto: link. Null when the address is refused (another scheme, or not an address).
 */
export function normalizeLinkHref(input: string): string | null {
  const text = input.trim()
  if (!text) return null
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return isSafeLinkHref(text) ? text : null
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return `mailto:${text}`
  if (/^[^\s/]+\.[a-z]{2,}([/?#:].*)?$/i.test(text)) return `https://${text}`
  return null
}
