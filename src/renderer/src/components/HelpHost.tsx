/**
 * The shortcut list, app-wide: F1 (also from the Help menu) or `?` outside a text field opens it, wherever the user is.
 */
import { useEffect, useState } from 'react'
import { ShortcutHelp } from './ShortcutHelp'

/** True when `?` should be typed rather than open the help: the focus is in a text field. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

export function HelpHost() {
  const [open, setOpen] = useState(false)
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.target instanceof Element && event.target.closest('[role="dialog"], [role="alertdialog"]'))
        return
      const mod = event.ctrlKey || event.metaKey || event.altKey
      if (event.key === 'F1' || (event.key === '?' && !mod && !isTyping(event.target))) {
        event.preventDefault()
        setOpen(true)
      }
    }
    window.addEventListener('keydown', onKeyDown)
    const off = window.api.events.on('menu:command', (command) => command === 'help' && setOpen(true))
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      off()
    }
  }, [])
  return <ShortcutHelp open={open} onClose={() => setOpen(false)} />
}
