/** Focus for a field that appears because the user just added its row (a decision, action or key figure). */
import { flushSync } from 'react-dom'

/** The id of the field whose row is being added right now; its ref takes the focus as it mounts. */
let justAdded: string | null = null

/**
 * Adds the row and renders it in the same task, so its field focuses itself (focusIfJustAdded) before the next
 * key press. Officials type straight on after Ctrl+Shift+A: if the new field appeared a frame later, the first
 * letters would land in the field they left.
 */
export function addThenFocus(add: () => void, fieldId: string): void {
  justAdded = fieldId
  try {
    flushSync(add)
  } finally {
    justAdded = null
  }
}

/** Ref for a field of a row that may have just been added: it focuses the field when addThenFocus added it. */
export function focusIfJustAdded(fieldId: string): (element: HTMLElement | null) => void {
  return (element) => {
    if (element && justAdded === fieldId) {
      justAdded = null
      element.focus()
    }
  }
}
