/**
 * Opening a long report: the outline draws with the report only the rows a screen can show (and the current
 * section's), and the rest right after, a batch per idle moment of the renderer — so the section and its editor
 * are on screen sooner and, a moment later, every row is there. Whatever needs a row that is not drawn yet (the
 * arrow keys, Home/End, moving a row) calls `showAll` first, which draws them all at once.
 */
import { startTransition, useCallback, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/** More rows than fit on a tall screen (rows are ~30 px): nothing visible waits for the idle batches. */
const FIRST_ROWS = 50
const BATCH = 100

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
  const [drawn, setDrawn] = useState(FIRST_ROWS)
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
