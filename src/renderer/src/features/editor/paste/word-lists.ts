/**
 * Word puts a list on the clipboard as paragraphs (`<p style="mso-list:l0 level2 lfo1">`) whose bullet or number
 * is text inside `<![if !supportLists]>…<![endif]>` (comments once parsed) or a span styled `mso-list:Ignore`.
 * This turns each run of such paragraphs into real nested <ul>/<ol>, in the parsed document, before cleaning.
 */
import { MAX_LIST_DEPTH } from '../../../../../shared/notes-rules'

interface WordListItem {
  paragraph: HTMLElement
  level: number
  ordered: boolean
}

/** Level of a Word list paragraph, or 0 for an ordinary element. */
function wordListLevel(element: Element): number {
  if (element.localName !== 'p') return 0
  const level = /mso-list:\s*l\d+\s+level(\d+)/i.exec(element.getAttribute('style') ?? '')
  return level ? Math.max(1, Number(level[1])) : 0
}

/** Removes the paragraph's bullet or number and returns its text ("·", "1.", "a)"). */
function takeMarker(paragraph: HTMLElement): string {
  const children = [...paragraph.childNodes]
  const start = children.findIndex(
    (node) => node.nodeType === Node.COMMENT_NODE && /^\[if !supportLists\]/i.test(node.nodeValue ?? '')
  )
  const end = children.findIndex(
    (node, index) =>
      index > start && node.nodeType === Node.COMMENT_NODE && /^\[endif\]/i.test(node.nodeValue ?? '')
  )
  if (start >= 0 && end > start) {
    const marker = children.slice(start, end + 1)
    marker.forEach((node) => node.remove())
    return marker
      .map((node) => (node.nodeType === Node.COMMENT_NODE ? '' : (node.textContent ?? '')))
      .join('')
  }
  const ignored = [...paragraph.querySelectorAll('span')].find((span) =>
    /mso-list:\s*Ignore/i.test(span.getAttribute('style') ?? '')
  )
  ignored?.remove()
  return ignored?.textContent ?? ''
}

function readItem(paragraph: HTMLElement, level: number): WordListItem {
  const marker = takeMarker(paragraph).trim()
  return { paragraph, level, ordered: /^[(]?([0-9]+|[a-z]{1,3}|[ivxlc]+)[.)]/i.test(marker) }
}

/** Nested lists for one run; a level never jumps deeper than one step, nor past MAX_LIST_DEPTH. */
function buildLists(document: Document, items: WordListItem[]): HTMLElement {
  const open: HTMLElement[] = []
  let root: HTMLElement | undefined
  let lastItem: HTMLElement | undefined
  for (const item of items) {
    const level = Math.min(item.level, open.length + 1, MAX_LIST_DEPTH)
    open.length = Math.min(open.length, level)
    while (open.length < level) {
      const list = document.createElement(item.ordered ? 'ol' : 'ul')
      if (open.length === 0) root = list
      else (lastItem ?? open[open.length - 1])?.append(list)
      open.push(list)
    }
    const li = document.createElement('li')
    const p = document.createElement('p')
    p.append(...item.paragraph.childNodes)
    li.append(p)
    open[open.length - 1]?.append(li)
    lastItem = li
  }
  return root as HTMLElement
}

/** True for what may sit between two list paragraphs of one list: whitespace and comments. */
const isFiller = (node: Node) =>
  node.nodeType === Node.COMMENT_NODE || (node.nodeType === Node.TEXT_NODE && !node.nodeValue?.trim())

/** Replaces every run of Word list paragraphs under `root` with nested lists. */
export function convertWordLists(root: Element): void {
  const document = root.ownerDocument
  for (const first of [...root.querySelectorAll('p')]) {
    const level = wordListLevel(first)
    // Paragraphs of an earlier run are gone from the document by now.
    if (!level || !first.isConnected) continue
    const run = [readItem(first, level)]
    let next = first.nextSibling
    while (next && (isFiller(next) || (next instanceof Element && wordListLevel(next) > 0))) {
      const after = next.nextSibling
      if (next instanceof HTMLElement && wordListLevel(next) > 0)
        run.push(readItem(next, wordListLevel(next)))
      next = after
    }
    const lists = buildLists(document, run)
    first.before(lists)
    run.forEach((item) => item.paragraph.remove())
  }
}
