/** Ctrl+Shift+K from anywhere in the report confirms the open section's carried status (while there is one). */
import { useEffect, useRef } from 'react'
import { isConfirmStatusKey } from '../editor/use-editor-shortcuts'

export function useConfirmShortcut(enabled: boolean, confirm: () => void): void {
  const latest = useRef(confirm)
  useEffect(() => {
    latest.current = confirm
  })
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isConfirmStatusKey(event)) return
      // A key inside an open dialog belongs to the dialog, as with the editor's other shortcuts.
      if (event.target instanceof Element && event.target.closest('[role="dialog"], [role="alertdialog"]'))
        return
      event.preventDefault()
      latest.current()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [enabled])
}
