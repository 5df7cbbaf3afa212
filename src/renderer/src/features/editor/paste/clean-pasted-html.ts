/**
 * Cleaning of pasted HTML (Word, web pages) down to what the notes hold: paragraphs, bold/italic/underline/strike,
 * nested lists, safe links, simple tables and images (paste/pasted-images.ts).
 *
 * The HTML is parsed by the browser's own parser (DOMParser: an inert document, where nothing runs or loads), so
 * quotes, `>` inside attributes, nested <svg> and broken markup are read exactly as the browser reads them. The
 * result is then built afresh from an allowlist: only the elements and attributes below are ever created, every
 * text goes in as text. Nothing of the source document is copied, so nothing unexpected can come along. The
 * editor's schema is a second allowlist behind this one.
 *
 * Why not DOMPurify: it would still need this walk for Word's lists (a structural rewrite no sanitiser does), and a
 * rebuild from an allowlist is already safe by construction, so it would add a dependency without adding safety.
 */
import { isSafeLinkHref } from '../../../../../shared/notes-rules'
import { pastedImageElement } from './pasted-images'
import { convertWordLists } from './word-lists'

/** Elements dropped with everything inside them: code, styles, media, forms, foreign content (SVG, MathML). */
const DROP = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'xml',
  'picture',
  'video',
  'audio',
  'canvas',
  'map',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'datalist',
  'dialog'
])

/** Elements kept, with the attributes they keep; every style, class and event handler goes. */
const KEEP: Record<string, readonly string[]> = {
  p: [],
  br: [],
  b: [],
  strong: [],
  i: [],
  em: [],
  u: [],
  s: [],
  strike: [],
  del: [],
  ul: [],
  ol: ['start'],
  li: [],
  a: ['href'],
  table: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  // Block containers carry no formatting but keep paragraphs apart; the editor turns them into paragraphs.
  div: [],
  section: [],
  article: [],
  header: [],
  footer: [],
  main: [],
  aside: [],
  blockquote: [],
  pre: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  dl: [],
  dt: [],
  dd: [],
  address: [],
  figure: [],
  figcaption: []
}

/** Attribute values that are whole numbers, as colspan, rowspan and start must be. */
const NUMERIC = /^\d{1,4}$/

/** Appends a clean copy of `source`'s children to `target`. Unknown elements are unwrapped: their text stays. */
function copyAllowed(source: Node, target: Node, out: Document): void {
  for (const node of source.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      target.appendChild(out.createTextNode(node.nodeValue ?? ''))
      continue
    }
    if (!(node instanceof Element)) continue // comments, processing instructions
    const name = node.localName.toLowerCase()
    if (DROP.has(name) || node.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue
    if (name === 'img') {
      // Images only as the notes hold them: an asset name or a data: image set aside for storing (pasted-images.ts).
      const image = pastedImageElement(node, out)
      if (image) target.appendChild(image)
      continue
    }
    const kept = KEEP[name]
    if (!kept || (name === 'a' && !isSafeLinkHref(node.getAttribute('href') ?? ''))) {
      // span, font, o:p, a refused link…: the wrapper goes, its content is cleaned in its place.
      copyAllowed(node, target, out)
      continue
    }
    const element = out.createElement(name)
    for (const attribute of kept) {
      const value = node.getAttribute(attribute)
      if (value === null) continue
      if (attribute === 'href' || NUMERIC.test(value)) element.setAttribute(attribute, value)
    }
    copyAllowed(node, element, out)
    target.appendChild(element)
  }
}

/**
 * Cleans pasted HTML for the notes: Word lists to real lists; comments, styles, classes, scripts and foreign
 * content gone; links other than http(s)/mailto reduced to their text. Returns HTML for the editor to parse.
 */
export function cleanPastedHtml(html: string): string {
  const source = new DOMParser().parseFromString(html, 'text/html')
  convertWordLists(source.body)
  const out = source.implementation.createHTMLDocument('')
  const container = out.createElement('div')
  copyAllowed(source.body, container, out)
  return container.innerHTML
}
