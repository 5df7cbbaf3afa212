/**
 * Find in report, the screen part: paints every occurrence in the open section with the CSS Custom Highlight API
 * (no change to the editor's DOM, so TipTap and the undo history are untouched) and marks the current one.
 * Fields (title, key figures, decisions, actions) cannot hold a highlight inside their value: the field of the
 * current match gets an outline instead.
 */
import { occurrences } from './find-matches'

const ALL = 'find-match'
const CURRENT = 'find-current'

interface Spot {
  element: HTMLElement
  range?: Range
}

/** Text ranges of `needle` under `root` (outside fields). */
function textRanges(root: Element, needle: string): Range[] {
  const ranges: Range[] = []
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const at of occurrences(node.textContent ?? '', needle)) {
      const range = root.ownerDocument.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + needle.length)
      ranges.push(range)
    }
  }
  return ranges
}

/** The occurrences in the section editor in reading order: field values and the notes' text. */
function spots(section: Element, needle: string): Spot[] {
  const found: Spot[] = []
  for (const element of section.querySelectorAll<HTMLElement>(
    'input, textarea, [data-testid="notes-editor"]'
  )) {
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
      for (let i = occurrences(element.value, needle).length; i > 0; i--) found.push({ element })
    } else {
      for (const range of textRanges(element, needle)) found.push({ element, range })
    }
  }
  return found
}

const highlights = (): HighlightRegistry | undefined =>
  typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined

/** Removes every mark this module made. */
export function clearHighlights(doc: Document): void {
  highlights()?.delete(ALL)
  highlights()?.delete(CURRENT)
  doc.querySelectorAll('[data-find-current]').forEach((el) => el.removeAttribute('data-find-current'))
}

/**
 * Paints `query` in the report view and marks the `nth` occurrence of the open section as current, scrolled into
 * view. Returns false when the section is not on screen yet.
 */
export function paintMatches(doc: Document, query: string, nth: number): boolean {
  clearHighlights(doc)
  const needle = query.trim().toLocaleLowerCase()
  const view = doc.querySelector('.report-view')
  const section = doc.querySelector('.section-editor')
  if (!needle || !view || !section) return false
  const registry = highlights()
  const skip = (range: Range) => range.startContainer.parentElement?.closest('.find-bar') !== null
  if (registry) registry.set(ALL, new Highlight(...textRanges(view, needle).filter((r) => !skip(r))))
  const spot = spots(section, needle)[nth]
  if (!spot) return false
  if (spot.range) {
    const current = new Highlight(spot.range)
    current.priority = 1 // above the other matches where they overlap
    registry?.set(CURRENT, current)
    spot.range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' })
  } else {
    // On Fluent's field box: the bare <input> inside it has no room for an outline.
    ;(spot.element.closest('.fui-Input, .fui-Textarea') ?? spot.element).setAttribute('data-find-current', '')
    spot.element.scrollIntoView({ block: 'nearest' })
  }
  return true
}
