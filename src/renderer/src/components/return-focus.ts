/**
 * Focus goes back where it came from when a dialog (or any overlay) closes: every dialog calls useReturnFocus(open).
 * Fluent returns focus only to a DialogTrigger; our dialogs open from buttons, menus, shortcuts and the app menu, and
 * without this the focus fell to the page body after Escape, Cancel or Close (issue 10).
 */
import { useEffect, useState } from 'react'

/** Fluent mounts dialogs, menus and tooltips in portal nodes marked so; the app frame is everything else. */
const OVERLAY = '[data-portal-node]'
/** How long a closing dialog may keep the focus (its exit motion) before we stop waiting, in frames. */
const MAX_FRAMES = 180

let lastInFrame: HTMLElement | null = null
if (typeof document !== 'undefined') {
  // The last focused control outside every overlay: the fallback when the invoker itself is gone (a menu item).
  document.addEventListener(
    'focusin',
    (event) => {
      if (event.target instanceof HTMLElement && !event.target.closest(OVERLAY)) lastInFrame = event.target
    },
    true
  )
}

/** True when nobody holds the focus: the body, or an element that was removed. */
export function focusLost(): boolean {
  const active = document.activeElement
  return !active || active === document.body || !active.isConnected
}

function focusFirst(candidates: readonly HTMLElement[]): boolean {
  for (const element of candidates) {
    if (!element.isConnected) continue
    element.focus()
    if (document.activeElement === element) return true
  }
  return false
}

/** The controls to return to, best first, read when the overlay opens (before it takes the focus). */
function invokers(): HTMLElement[] {
  const active = document.activeElement
  const list: HTMLElement[] = []
  if (active instanceof HTMLElement && active !== document.body) list.push(active)
  if (lastInFrame && lastInFrame !== active) list.push(lastInFrame)
  return list
}

/**
 * While `open` is true the overlay is showing. When it turns false, the focus goes back to the control that was
 * focused when it opened (or, when that is gone, the last control in the app frame) — unless the focus has been
 * placed somewhere on purpose meanwhile (the overlay's own action moved it into the page).
 */
export function useReturnFocus(open: boolean): void {
  // Read during render, the React way of deriving state from a changed prop: effects run after the dialog has
  // already moved the focus inside itself.
  const [session, setSession] = useState<{ open: boolean; invokers: HTMLElement[] }>({
    open: false,
    invokers: []
  })
  if (session.open !== open) setSession({ open, invokers: open ? invokers() : session.invokers })

  const candidates = session.invokers
  useEffect(() => {
    if (open || candidates.length === 0) return
    let frames = 0
    let id = 0
    const check = () => {
      const active = document.activeElement
      if (focusLost()) {
        focusFirst(candidates)
        return
      }
      // Still inside the closing dialog (its exit motion): wait for it to go.
      if (active?.closest(OVERLAY) && ++frames < MAX_FRAMES) id = requestAnimationFrame(check)
    }
    id = requestAnimationFrame(check)
    return () => cancelAnimationFrame(id)
  }, [open, candidates])
}
