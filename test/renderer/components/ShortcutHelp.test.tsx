/** F1's list of shortcuts names the spelling suggestions' keys in the user's language. */
import { afterEach, describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { ShortcutHelp } from '../../../src/renderer/src/components/ShortcutHelp'
import { setUiLanguage } from '../../../src/renderer/src/i18n'

const CASES = [
  ['fi', 'Oikeinkirjoitusehdotukset alleviivatulle sanalle', 'Valikkonäppäin'],
  ['sv', 'Stavningsförslag för ett understruket ord', 'Menytangenten'],
  ['en', 'Spelling suggestions for an underlined word', 'Menu key']
] as const

describe('ShortcutHelp', () => {
  afterEach(() => setUiLanguage('fi'))

  it.each(CASES)(
    'lists Shift+F10 and the context-menu key for spelling suggestions (%s)',
    async (lang, action, key) => {
      await setUiLanguage(lang)
      render(
        <FluentProvider theme={webLightTheme}>
          <ShortcutHelp open onClose={() => undefined} />
        </FluentProvider>
      )
      const row = screen.getByRole('cell', { name: action }).closest('tr')!
      expect(
        within(row)
          .getAllByText((_, node) => node?.tagName === 'KBD')
          .map((kbd) => kbd.textContent)
      ).toEqual(['Shift+F10', key])
    }
  )
})
