/**
 * Keeps a field's spelling mirror (SpellCheckedText.tsx) exactly over the field's text: the same box, font,
 * padding, wrapping and scroll position, read from the field itself, so the underlines fall under the real words.
 * Styles are written directly (not through React): scrolling must not re-render the field.
 */

/** Text layout properties copied from the field as they are computed. */
const COPIED = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontStretch',
  'fontVariant',
  'fontKerning',
  'fontFeatureSettings',
  'fontVariationSettings',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textTransform',
  'textIndent',
  'textAlign',
  'textRendering',
  'tabSize',
  'direction',
  'paddingTop',
  'paddingBottom'
] as const

/** Room under a textarea's last line for its underline (offset 3px + the wave), in px. */
const UNDERLINE_ROOM = 4

export type TextField = HTMLInputElement | HTMLTextAreaElement

/** Places `mirror` (a child of `frame`) over `field` and lays out its text as the field does. */
export function alignMirror(frame: HTMLElement, field: TextField, mirror: HTMLElement): void {
  const text = mirror.firstElementChild as HTMLElement | null
  if (!text) return
  const style = getComputedStyle(field)
  const box = field.getBoundingClientRect()
  const origin = frame.getBoundingClientRect()
  for (const property of COPIED) text.style[property] = style[property]
  text.classList.toggle('spell-mirror-line', !(field instanceof HTMLTextAreaElement))
  const left = box.left - origin.left + field.clientLeft
  const top = box.top - origin.top + field.clientTop
  if (field instanceof HTMLTextAreaElement) {
    // A textarea wraps inside its padding and scrolls the padding with the text: the mirror is its padding box,
    // and a little below it: scrolled to the caret, the last line touches the bottom edge, its underline under it.
    setBox(mirror, left, top, field.clientWidth, field.clientHeight + UNDERLINE_ROOM)
    text.style.width = `${field.clientWidth}px`
    text.style.paddingLeft = style.paddingLeft
    text.style.paddingRight = style.paddingRight
    text.style.whiteSpace = style.whiteSpace
    text.style.overflowWrap = style.overflowWrap
    text.style.wordBreak = style.wordBreak
  } else {
    // An input clips its one line at the content box: so does the mirror, or a scrolled-away word's line would
    // show in the padding.
    const padLeft = parseFloat(style.paddingLeft) || 0
    const padRight = parseFloat(style.paddingRight) || 0
    setBox(mirror, left + padLeft, top, field.clientWidth - padLeft - padRight, field.clientHeight)
    text.style.height = `${field.clientHeight}px`
  }
  text.style.transform = `translate(${-field.scrollLeft}px, ${-field.scrollTop}px)`
}

function setBox(node: HTMLElement, left: number, top: number, width: number, height: number): void {
  node.style.left = `${left}px`
  node.style.top = `${top}px`
  node.style.width = `${Math.max(0, width)}px`
  node.style.height = `${Math.max(0, height)}px`
}

/** Keeps the mirror aligned while the field scrolls or changes size; returns the cleanup. */
export function followField(frame: HTMLElement, field: TextField, mirror: HTMLElement): () => void {
  const align = () => alignMirror(frame, field, mirror)
  align()
  field.addEventListener('scroll', align)
  // Moving the caret can scroll an input without a scroll event reaching us in every engine: align after keys too.
  field.addEventListener('keyup', align)
  field.addEventListener('select', align)
  window.addEventListener('resize', align)
  const resized = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(align)
  resized?.observe(field)
  return () => {
    field.removeEventListener('scroll', align)
    field.removeEventListener('keyup', align)
    field.removeEventListener('select', align)
    window.removeEventListener('resize', align)
    resized?.disconnect()
  }
}
