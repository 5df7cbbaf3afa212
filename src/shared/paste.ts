/**
 * Cleaning of pasted HTML (Word, web pages) down to what the notes hold: paragraphs, bold/italic/underline/strike,
 * nested lists, safe links and simple tables. Pure string work, so it runs and is tested without a DOM; the editor's
 * schema then drops whatever element is left that it does not know.
 */

/** Link schemes a note may carry: anything else (javascript:, data:, file:, vbscript:…) is refused. */
export const SAFE_LINK_SCHEMES = ['http', 'https', 'mailto'] as const

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
export function decodeEntities(text: string): string {
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

interface WordListItem {
  level: number
  ordered: boolean
  html: string
}

const LIST_PARAGRAPH = /<p\b([^>]*)>([\s\S]*?)<\/p>/gi

/** Reads level and marker of one Word list paragraph; undefined for an ordinary paragraph. */
function readWordListItem(attrs: string, body: string): WordListItem | undefined {
  const list = /mso-list:\s*l\d+\s+level(\d+)/i.exec(attrs)
  if (!list) return undefined
  // The marker ("·", "o", "1.", "a)") sits in a span marked mso-list:Ignore, inside <![if !supportLists]>.
  const markerBlock =
    /<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/i.exec(body) ??
    /<span[^>]*mso-list:\s*Ignore[^>]*>([\s\S]*?)<\/span>\s*(?:<\/span>\s*)*/i.exec(body)
  const markerText = decodeEntities((markerBlock?.[1] ?? '').replace(/<[^>]*>/g, '')).trim()
  const html = markerBlock ? body.replace(markerBlock[0], '') : body
  return {
    level: Math.max(1, Number(list[1])),
    ordered: /^[(]?([0-9]+|[a-z]{1,3}|[ivxlc]+)[.)]/i.test(markerText),
    html: html.trim()
  }
}

/** Builds nested <ul>/<ol> from a run of Word list items; a level never jumps deeper than one step at a time. */
function buildNestedList(items: WordListItem[]): string {
  const open: Array<'ul' | 'ol'> = []
  let out = ''
  for (const item of items) {
    const level = Math.min(item.level, open.length + 1, MAX_LIST_DEPTH)
    while (open.length > level) out += `</li></${open.pop()}>`
    if (open.length === level) out += '</li>'
    while (open.length < level) {
      const tag = item.ordered ? 'ol' : 'ul'
      open.push(tag)
      out += `<${tag}>`
    }
    out += `<li><p>${item.html}</p>`
  }
  while (open.length) out += `</li></${open.pop()}>`
  return out
}

/** Turns Word's list paragraphs (`<p style="mso-list:l0 level2 lfo1">`) into real nested lists. */
export function wordListsToHtml(html: string): string {
  const parts: string[] = []
  let run: WordListItem[] = []
  let last = 0
  let runEnd = 0
  const endRun = () => {
    if (run.length) parts.push(buildNestedList(run))
    run = []
  }
  for (const match of html.matchAll(LIST_PARAGRAPH)) {
    const item = readWordListItem(match[1] ?? '', match[2] ?? '')
    const start = match.index ?? 0
    const between = html.slice(last, start)
    if (!item) continue
    // A list continues across whitespace only; anything else between two list paragraphs ends it.
    if (run.length && between.trim() === '') {
      run.push(item)
    } else {
      endRun()
      parts.push(html.slice(runEnd, start))
      run.push(item)
    }
    last = start + match[0].length
    runEnd = last
  }
  endRun()
  parts.push(html.slice(runEnd))
  return parts.join('')
}

/** Elements dropped with everything inside them. */
const DROP_WITH_CONTENT =
  /<(style|script|xml|head|title|template|noscript|iframe|object|svg|math)\b[\s\S]*?<\/\1\s*>/gi
/** Attributes that survive, per element; every style and class goes. */
const KEPT_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  ol: ['start']
}
/** Wrappers that carry only formatting: unwrapped, their text kept. */
const UNWRAP = new Set(['span', 'font', 'o:p', 'center', 'small', 'big', 'sup', 'sub'])

function cleanTag(whole: string, closing: string, rawName: string, attrs: string): string {
  const name = rawName.toLowerCase()
  // Namespaced Office elements (o:p, v:shape, w:sdt) carry nothing the notes can hold.
  if (UNWRAP.has(name) || name.includes(':')) return ''
  if (['meta', 'link', 'base', 'img', 'input', 'button', 'form'].includes(name)) return ''
  if (closing) return `</${name}>`
  const kept = KEPT_ATTRIBUTES[name] ?? []
  const out: string[] = []
  for (const attr of attrs.matchAll(/([\w:-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
    const attrName = (attr[1] ?? '').toLowerCase()
    if (!kept.includes(attrName)) continue
    const value = (attr[2] ?? '').replace(/^["']|["']$/g, '')
    if (name === 'a' && attrName === 'href' && !isSafeLinkHref(value)) return ''
    out.push(`${attrName}="${value.replace(/"/g, '&quot;')}"`)
  }
  // A link whose href was refused loses its tag; its closing tag is dropped below by the balance step.
  if (name === 'a' && out.length === 0) return ''
  return `<${name}${out.length ? ' ' + out.join(' ') : ''}${whole.endsWith('/>') ? ' /' : ''}>`
}

/** Removes closing </a> tags left over after an unsafe link's opening tag was dropped. */
function balanceLinks(html: string): string {
  let depth = 0
  return html.replace(/<(\/?)a\b[^>]*>/gi, (tag, closing: string) => {
    if (!closing) {
      depth += 1
      return tag
    }
    if (depth === 0) return ''
    depth -= 1
    return tag
  })
}

/**
 * Cleans pasted HTML for the notes: Word lists to real lists, comments/styles/classes/scripts gone,
 * links other than http(s)/mailto reduced to their text.
 */
export function cleanPastedHtml(html: string): string {
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html
  const withoutComments = body
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(DROP_WITH_CONTENT, '')
  const listed = wordListsToHtml(withoutComments).replace(/<!\[(?:if[^\]]*|endif)\]>/gi, '')
  const cleaned = listed.replace(
    /<(\/?)([a-z][\w:-]*)([^>]*)>/gi,
    (whole, closing: string, name: string, attrs: string) => cleanTag(whole, closing, name, attrs)
  )
  return balanceLinks(cleaned)
}
