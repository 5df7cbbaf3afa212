/**
 * Escape leaves the notes, as a keyboard user expects of any text box: the focus moves on to the next control after
 * the editor (the key figures' first button or field), from where Shift+Tab comes back. Without it, Tab indents in
 * lists and a keyboard user had no way out of a list but to leave the list first (issue 10).
 */
import { Extension } from '@tiptap/core'

const TABBABLE = 'a[href], button, input, select, textarea, [contenteditable="true"], [tabindex]'

/** The first control after `element` (outside it) that Tab would reach, or null. */
export function nextTabbable(element: HTMLElement): HTMLElement | null {
  for (const candidate of element.ownerDocument.querySelectorAll<HTMLElement>(TABBABLE)) {
    if (element.contains(candidate)) continue
    if (!(element.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING)) continue
    if (candidate.tabIndex < 0 || candidate.matches(':disabled') || candidate.closest('[inert]')) continue
    if (candidate.getClientRects().length === 0) continue
    return candidate
  }
  return null
}

export const LeaveOnEscape = Extension.create({
  name: 'leaveOnEscape',
  // Below the default: a menu or suggestion inside the editor that closes on Escape comes first.
  priority: 50,
  addKeyboardShortcuts() {
    return {
      Escape: () => {
        const next = nextTabbable(this.editor.view.dom)
        if (!next) return false
        next.focus()
        return true
      }
    }
  }
})
