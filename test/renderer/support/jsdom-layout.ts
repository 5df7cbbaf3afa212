/**
 * jsdom has no layout. What the libraries we render need of one:
 * - ProseMirror asks a Range for its rectangles when it scrolls the selection into view; empty rectangles are what
 *   a hidden editor would report, which is enough for behaviour tests.
 * - Fluent's focus manager (tabster) treats an element as visible only if it has an offsetParent and the body has
 *   a size. jsdom gives neither, so tabster found nothing focusable in an open dialog, left focus on the surface,
 *   never activated the dialog's modalizer and marked the dialog itself aria-hidden, which made tests query
 *   dialogs with `hidden: true`. With these two, a dialog behaves as in Chromium: focus moves to its first control,
 *   the dialog is accessible and the app behind it is aria-hidden.
 */
const emptyRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList
const emptyRect = () => ({
  x: 0,
  y: 0,
  width: 0,
  height: 0,
  top: 0,
  right: 0,
  bottom: 0,
  left: 0,
  toJSON: () => ({})
})

if (typeof Range !== 'undefined' && !Range.prototype.getClientRects) {
  Range.prototype.getClientRects = emptyRects
  Range.prototype.getBoundingClientRect = emptyRect as () => DOMRect
}
if (typeof document !== 'undefined' && !document.elementFromPoint) {
  document.elementFromPoint = () => null
}
// Fluent's MessageBar (the notices) measures itself for reflow; with no layout there is nothing to observe.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  ;(window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoLayoutResizeObserver
}

function rendered(element: HTMLElement | null): boolean {
  if (!element) return true
  if (element.hidden || getComputedStyle(element).display === 'none') return false
  return rendered(element.parentElement)
}

// offsetParent: null for an element that is not rendered (hidden, display: none, or inside one), as in a browser.
if (typeof HTMLElement !== 'undefined') {
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement): Element | null {
      return rendered(this) ? this.parentElement : null
    }
  })
  // The window's size (1280 × 800, the e2e viewport) as the body's box.
  document.body.getBoundingClientRect = () =>
    ({ ...emptyRect(), width: 1280, height: 800, right: 1280, bottom: 800 }) as DOMRect
}
