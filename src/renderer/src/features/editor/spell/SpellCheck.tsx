/**
 * Spell checking for one editor: registers the plugin (spell-plugin.ts) in the report's language while checking is
 * on, and shows the suggestions menu it asks for: replace (one undo step), ignore, add to the user's dictionary.
 * Rendered once beside the editor it serves; it adds nothing to the page until a menu opens.
 */
import { useEffect, useRef, useState } from 'react'
import type { Editor } from '@tiptap/core'
import { closeHistory } from '@tiptap/pm/history'
import { Menu, MenuDivider, MenuItem, MenuList, MenuPopover } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { useReportSelector } from '../../../state/use-report'
import { useNotify } from '../../../components/notices'
import { useErrorText } from '../../../components/error-text'
import { spellKey, spellPlugin, type SpellTarget } from './spell-plugin'
import { spellSession } from './spell-session'
import { useSpellCheckEnabled } from './spell-preference'
import './spell.css'

interface OpenMenu extends SpellTarget {
  suggestions: string[]
}

/** At most this many suggestions: the first few are the useful ones, and the menu stays short. */
const MAX_SUGGESTIONS = 6

export function SpellCheck({ editor }: { editor: Editor }) {
  const { t } = useTranslation('spell')
  const notify = useNotify()
  const errorText = useErrorText()
  const language = useReportSelector((report) => report.language)
  const enabled = useSpellCheckEnabled()
  const [menu, setMenu] = useState<OpenMenu | null>(null)
  const recheck = useRef<() => void>(() => undefined)

  useEffect(() => {
    if (!enabled || editor.isDestroyed) return
    const session = spellSession()
    const spelling = spellPlugin({
      check: (text) => session.check(language, text),
      onMenu: (target) =>
        void session.suggest(language, target.word).then(
          (suggestions) => setMenu({ ...target, suggestions: suggestions.slice(0, MAX_SUGGESTIONS) }),
          () => setMenu({ ...target, suggestions: [] })
        )
    })
    recheck.current = spelling.recheck
    editor.registerPlugin(spelling.plugin)
    return () => {
      setMenu(null)
      if (!editor.isDestroyed) editor.unregisterPlugin(spellKey)
    }
  }, [editor, language, enabled])

  const close = () => {
    setMenu(null)
    // No trigger to return to: the writer continues in the text where they were.
    requestAnimationFrame(() => {
      if (!editor.isDestroyed) editor.commands.focus()
    })
  }

  const replace = (target: OpenMenu, replacement: string) => {
    const { state } = editor.view
    // The text may have changed while the menu was open: replace only the word that was underlined.
    if (state.doc.textBetween(target.from, target.to) !== target.word) return
    // Its own undo step, not merged with the typing before it.
    const tr = closeHistory(state.tr).insertText(replacement, target.from, target.to)
    editor.view.dispatch(tr)
  }

  const accept = (target: OpenMenu, how: 'ignore' | 'addWord') => {
    const session = spellSession()
    session[how](language, target.word).then(
      () => recheck.current(),
      (error: unknown) =>
        notify({ intent: 'error', text: t('notAdded', { word: target.word, reason: errorText(error) }) })
    )
  }

  const virtualTarget = menu && {
    getBoundingClientRect: () => new DOMRect(menu.x, menu.y, 0, 0)
  }

  return (
    <Menu
      open={menu !== null}
      onOpenChange={(_, data) => !data.open && close()}
      // Fixed: the menu's coordinates are the viewport's, and opening it must not scroll the page to where it is mounted.
      positioning={{ target: virtualTarget, position: 'below', align: 'start', strategy: 'fixed' }}
    >
      <MenuPopover>
        {menu && (
          <MenuList aria-label={t('menu.label', { word: menu.word })}>
            {menu.suggestions.map((suggestion) => (
              <MenuItem key={suggestion} lang={language} onClick={() => replace(menu, suggestion)}>
                {suggestion}
              </MenuItem>
            ))}
            {menu.suggestions.length === 0 && <MenuItem disabled>{t('menu.noSuggestions')}</MenuItem>}
            <MenuDivider />
            <MenuItem onClick={() => accept(menu, 'ignore')}>{t('menu.ignore')}</MenuItem>
            <MenuItem onClick={() => accept(menu, 'addWord')}>{t('menu.add')}</MenuItem>
          </MenuList>
        )}
      </MenuPopover>
    </Menu>
  )
}
