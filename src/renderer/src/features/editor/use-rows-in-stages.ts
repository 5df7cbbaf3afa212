/**
 * Opening a long report: the outline draws with the report only the rows a screen can show (and the current
 * section's), and the rest right after, a batch per idle moment of the renderer — so the section and its editor
 * are on screen sooner and, a moment later, every row is there. Whatever needs a row that is not drawn yet (the
 * arrow keys, Home/End, moving a row) calls `showAll` first, which draws them all at once.
 */
import { startTransition, useCallback, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/** A row is at least this tall (.outline-button's min-height), so the window never shows more rows than its height / this. */
const ROW_PX = 30
/** A few rows more than the window shows, so a short scroll right after opening finds them drawn. */
const MARGIN_ROWS = 5
const BATCH = 100

/**
 * Rows drawn with the report: as many as the window can show, and a few more. Every row drawn now is React work,
 * elements for Tabster to walk and style to compute before the section appears; the rest come in idle batches.
 */
function firstScreenful(): number {
  return Math.ceil(windowHeight / ROW_PX) + MARGIN_ROWS
}

/**
 * The window's height, read when this code loads and on every resize — not while the report renders: reading
 * innerHeight then forces the browser to lay out the page in the middle of React's work (seen in the profile).
 */
let windowHeight = window.innerHeight
window.addEventListener('resize', () => {
  windowHeight = window.innerHeight
})

/** Runs `task` when the renderer is idle (at the latest after 200 ms); returns the cancel function. */
function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: 200 })
    return () => window.cancelIdleCallback(handle)
  }
  const timer = setTimeout(task, 0)
  return () => clearTimeout(timer)
}

/** How many of `total` rows to draw now (never fewer than `atLeast`), and `showAll` to draw every row at once. */
export function useRowsInStages(total: number, atLeast: number): { count: number; showAll: () => void } {
  const [drawn, setDrawn] = useState(firstScreenful)
  const count = Math.min(total, Math.max(drawn, atLeast))
  useEffect(() => {
    if (count >= total) return
    // A transition: React renders the batch in slices and lets a key press go first.
    return whenIdle(() => startTransition(() => setDrawn((n) => Math.max(n, count) + BATCH)))
  }, [count, total])
  const showAll = useCallback(() => {
    if (count < total) flushSync(() => setDrawn(Number.POSITIVE_INFINITY))
  }, [count, total])
  return { count, showAll }
}
