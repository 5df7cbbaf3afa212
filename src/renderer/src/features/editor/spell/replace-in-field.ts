/**
 * Replaces a range of a plain field's text as if the user had typed over it: the browser's own editing command, so
 * the field's onChange runs as for typing (limits, the report store, autosave) and Ctrl+Z in the field undoes it.
 */
import type { TextField } from './spell-mirror'

/** Replaces [start, end) of the field's text with `text` and leaves the caret after it. */
export function replaceInField(field: TextField, start: number, end: number, text: string): void {
  const before = field.value
  field.focus()
  field.setSelectionRange(start, end)
  // execCommand is deprecated but still the only way into a text control's own undo history.
  const typed = typeof document.execCommand === 'function' && document.execCommand('insertText', false, text)
  if (!typed || field.value === before) {
    // Where the command is missing (jsdom), the value React tracks is set and an input event sent, as typing does.
    const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement
    Object.getOwnPropertyDescriptor(prototype.prototype, 'value')?.set?.call(
      field,
      before.slice(0, start) + text + before.slice(end)
    )
    field.dispatchEvent(new Event('input', { bubbles: true }))
  }
  field.setSelectionRange(start + text.length, start + text.length)
}
