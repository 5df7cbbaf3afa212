/** Focus for a field that is about to appear (a new decision, action or key figure). */
import { flushSync } from 'react-dom'

/** Focuses `elementId` as soon as it exists (retrying briefly). */
export function focusSoon(elementId: string, tries = 20): void {
  const element = document.getElementById(elementId)
  if (element) {
    element.focus()
    return
  }
  if (tries > 0) setTimeout(() => focusSoon(elementId, tries - 1), 10)
}

/**
 * Adds the row and renders it in the same task, then focuses its field. Officials type straight on after
 * Ctrl+Shift+A: if the new field appeared a frame later, the first letters would land in the field they left.
 */
export function addThenFocus(add: () => void, elementId: string): void {
  flushSync(add)
  focusSoon(elementId)
}
