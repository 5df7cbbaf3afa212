/**
 * jsdom has no layout: ProseMirror asks a Range for its rectangles when it scrolls the selection into view.
 * Empty rectangles are what a hidden editor would report, which is enough for behaviour tests.
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
