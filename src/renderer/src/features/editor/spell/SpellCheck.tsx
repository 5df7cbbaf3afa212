/**
 * Spell checking for one editor: registers the plugin (spell-plugin.ts) in the report's language while checking is
 * on, and shows the suggestions menu (SpellMenu.tsx) it asks for: replace (one undo step), ignore, add to the
 * user's dictionary. Rendered once beside the editor it serves; it adds nothing to the page until a menu opens.
 */
import { useEffect, useRef } from 'react'
import type { Editor } from '@tiptap/core'
import { closeHistory } from '@tiptap/pm/history'
import { useReportSelector } from '../../../state/use-report'
import { spellKey, spellPlugin, type SpellTarget } from './spell-plugin'
import { spellSession } from './spell-session'
import { useSpellCheckEnabled } from './spell-preference'
import { onAcceptedWordsChanged } from './spell-revision'
import { SpellMenu, useSpellMenu, type OpenSpellMenu } from './SpellMenu'
import './spell.css'

export function SpellCheck({ editor }: { editor: Editor }) {
  const language = useReportSelector((report) => report.language)
  const enabled = useSpellCheckEnabled()
  const { menu, open, close: closeMenu } = useSpellMenu<SpellTarget>(language)
  const recheck = useRef<() => void>(() => undefined)

  useEffect(() => {
    if (!enabled || editor.isDestroyed) return
    const session = spellSession()
    const spelling = spellPlugin({
      check: (text) => session.check(language, text),
      onMenu: open
    })
    recheck.current = spelling.recheck
    editor.registerPlugin(spelling.plugin)
    // A word accepted here or in a plain field: check the notes again.
    const unsubscribe = onAcceptedWordsChanged(() => recheck.current())
    return () => {
      unsubscribe()
      closeMenu()
      if (!editor.isDestroyed) editor.unregisterPlugin(spellKey)
    }
  }, [editor, language, enabled, open, closeMenu])

  const close = () => {
    closeMenu()
    // No trigger to return to: the writer continues in the text where they were.
    requestAnimationFrame(() => {
      if (!editor.isDestroyed) editor.commands.focus()
    })
  }

  const replace = (target: OpenSpellMenu<SpellTarget>, replacement: string) => {
    const { state } = editor.view
    // The text may have changed while the menu was open: replace only the word that was underlined.
    if (state.doc.textBetween(target.from, target.to) !== target.word) return
    // Its own undo step, not merged with the typing before it.
    const tr = closeHistory(state.tr).insertText(replacement, target.from, target.to)
    editor.view.dispatch(tr)
  }

  return <SpellMenu menu={menu} language={language} onReplace={replace} onClose={close} />
}
