/**
 * The spelling suggestions menu, shared by the notes editor (SpellCheck.tsx) and the plain fields
 * (SpellCheckedText.tsx): suggestions, ignore (for this run of the app), add to the user's dictionary. It opens at a
 * point of the viewport (the word); what a chosen suggestion replaces is the caller's.
 */
import { useCallback, useState } from 'react'
import { Menu, MenuDivider, MenuItem, MenuList, MenuPopover } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../../shared/model'
import { useNotify } from '../../../components/notices'
import { useErrorText } from '../../../components/error-text'
import { spellSession } from './spell-session'
import { acceptedWordsChanged } from './spell-revision'

/** A misspelt word the menu is for, and where it opens (viewport coordinates). */
export interface SpellMenuTarget {
  word: string
  x: number
  y: number
  /** The top of the word's line, when known: a menu with no room below opens above the word, not over it. */
  top?: number
}

export type OpenSpellMenu<T extends SpellMenuTarget> = T & { suggestions: string[] }

/** At most this many suggestions: the first few are the useful ones, and the menu stays short. */
const MAX_SUGGESTIONS = 6

/** The open menu (null when closed) and a way to open it: asks the worker for the suggestions first. */
export function useSpellMenu<T extends SpellMenuTarget>(language: Language) {
  const [menu, setMenu] = useState<OpenSpellMenu<T> | null>(null)
  const open = useCallback(
    (target: T) =>
      void spellSession()
        .suggest(language, target.word)
        .then(
          (suggestions) => setMenu({ ...target, suggestions: suggestions.slice(0, MAX_SUGGESTIONS) }),
          () => setMenu({ ...target, suggestions: [] })
        ),
    [language]
  )
  const close = useCallback(() => setMenu(null), [])
  return { menu, open, close }
}

export interface SpellMenuProps<T extends SpellMenuTarget> {
  menu: OpenSpellMenu<T> | null
  language: Language
  onReplace(target: OpenSpellMenu<T>, replacement: string): void
  /** The menu closed (a choice, Escape or a click elsewhere): the caller puts the focus back in its text. */
  onClose(): void
}

export function SpellMenu<T extends SpellMenuTarget>({
  menu,
  language,
  onReplace,
  onClose
}: SpellMenuProps<T>) {
  const { t } = useTranslation('spell')
  const notify = useNotify()
  const errorText = useErrorText()

  const accept = (word: string, how: 'ignore' | 'addWord') => {
    const session = spellSession()
    session[how](language, word).then(acceptedWordsChanged, (error: unknown) =>
      notify({ intent: 'error', text: t('notAdded', { word, reason: errorText(error) }) })
    )
  }

  const virtualTarget = menu && {
    getBoundingClientRect: () => new DOMRect(menu.x, menu.top ?? menu.y, 0, menu.y - (menu.top ?? menu.y))
  }

  return (
    <Menu
      open={menu !== null}
      onOpenChange={(_, data) => !data.open && onClose()}
      // Fixed: the menu's coordinates are the viewport's, and opening it must not scroll the page to where it is mounted.
      positioning={{ target: virtualTarget, position: 'below', align: 'start', strategy: 'fixed' }}
    >
      <MenuPopover>
        {menu && (
          <MenuList aria-label={t('menu.label', { word: menu.word })}>
            {menu.suggestions.map((suggestion) => (
              <MenuItem key={suggestion} lang={language} onClick={() => onReplace(menu, suggestion)}>
                {suggestion}
              </MenuItem>
            ))}
            {menu.suggestions.length === 0 && <MenuItem disabled>{t('menu.noSuggestions')}</MenuItem>}
            <MenuDivider />
            <MenuItem onClick={() => accept(menu.word, 'ignore')}>{t('menu.ignore')}</MenuItem>
            <MenuItem onClick={() => accept(menu.word, 'addWord')}>{t('menu.add')}</MenuItem>
          </MenuList>
        )}
      </MenuPopover>
    </Menu>
  )
}
