/** F1 / ?: the keyboard shortcuts of the editor, as a list the user can read in the meeting. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle
} from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { useReturnFocus } from './return-focus'
import './ShortcutHelp.css'

/**
 * Keys per action; the words come from editor:shortcuts.<action>, or the key itself when it names a namespace.
 * A key naming a namespace (the context-menu key) is a word too.
 */
const SHORTCUTS: ReadonlyArray<[action: string, keys: string[]]> = [
  ['save', ['Ctrl+S']],
  ['previousSection', ['Alt+↑']],
  ['nextSection', ['Alt+↓']],
  ['moveSection', ['Alt+Shift+↑', 'Alt+Shift+↓']],
  ['newDecision', ['Ctrl+Shift+D']],
  ['newAction', ['Ctrl+Shift+A']],
  ['review:confirmShortcut', ['Ctrl+Shift+K']],
  ['link', ['Ctrl+K']],
  ['bold', ['Ctrl+B']],
  ['italic', ['Ctrl+I']],
  ['underline', ['Ctrl+U']],
  ['indent', ['Tab', 'Shift+Tab']],
  ['keyboard:shortcuts.leaveNotes', ['Esc']],
  ['keyboard:shortcuts.find', ['Ctrl+F']],
  ['keyboard:shortcuts.findNext', ['Enter', 'F3']],
  ['keyboard:shortcuts.findPrevious', ['Shift+Enter', 'Shift+F3']],
  ['spellFields:shortcuts.suggestions', ['Shift+F10', 'spellFields:shortcuts.menuKey']],
  ['undo', ['Ctrl+Z']],
  ['redo', ['Ctrl+Y']],
  ['help', ['F1', '?']]
]

export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('editor')
  const { t: tc } = useTranslation()
  useReturnFocus(open)
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{t('shortcuts.title')}</DialogTitle>
          <DialogContent>
            <table className="shortcut-table">
              <thead>
                <tr>
                  <th scope="col">{t('shortcuts.action')}</th>
                  <th scope="col">{t('shortcuts.keys')}</th>
                </tr>
              </thead>
              <tbody>
                {SHORTCUTS.map(([action, keys]) => (
                  <tr key={action}>
                    <td>{t(action.includes(':') ? action : `shortcuts.${action}`)}</td>
                    <td>
                      {keys.map((key, index) => (
                        <span key={key}>
                          {index > 0 && ' / '}
                          <kbd>{key.includes(':') ? t(key) : key}</kbd>
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {tc('close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
