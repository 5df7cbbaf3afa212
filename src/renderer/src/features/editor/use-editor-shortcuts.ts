/**
 * The editor's keyboard shortcuts, active while the sections tab is open: Alt+↑/↓ previous/next section,
 * Ctrl+S save now, Ctrl+Shift+D new decision, Ctrl+Shift+A new action; Ctrl+Shift+K (isConfirmStatusKey) is handled
 * by the carried status's review. (F1, the shortcut list, is app-wide: HelpHost.)
 */
import { useEffect, useRef } from 'react'

export interface EditorShortcutHandlers {
  previousSection: () => void
  nextSection: () => void
  save: () => void
  newDecision: () => void
  newAction: () => void
}

/** Which handler a key press asks for, if any. */
export function shortcutFor(event: KeyboardEvent): keyof EditorShortcutHandlers | undefined {
  const mod = event.ctrlKey || event.metaKey
  const key = event.key.toLowerCase()
  if (event.altKey && !mod && !event.shiftKey && event.key === 'ArrowUp') return 'previousSection'
  if (event.altKey && !mod && !event.shiftKey && event.key === 'ArrowDown') return 'nextSection'
  if (mod && !event.shiftKey && !event.altKey && key === 's') return 'save'
  if (mod && event.shiftKey && !event.altKey && key === 'd') return 'newDecision'
  if (mod && event.shiftKey && !event.altKey && key === 'a') return 'newAction'
  return undefined
}

/**
 * Ctrl+Shift+K confirms a carried status unchanged (features/review). Free in the editor, TipTap, the app menu,
 * Chromium and Word's everyday keys (Ctrl+K is the link, Ctrl+Shift+V pastes as text, Ctrl+Shift+I opens DevTools).
 */
export function isConfirmStatusKey(event: KeyboardEvent): boolean {
  const mod = event.ctrlKey || event.metaKey
  return mod && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k'
}

/** Listens on the window so the shortcuts work wherever the focus is inside the report. */
export function useEditorShortcuts(handlers: EditorShortcutHandlers): void {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A shortcut inside an open dialog (the help itself, the link dialog) belongs to the dialog.
      if (event.target instanceof Element && event.target.closest('[role="dialog"], [role="alertdialog"]'))
        return
      const name = shortcutFor(event)
      if (!name) return
      event.preventDefault()
      latest.current[name]()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
