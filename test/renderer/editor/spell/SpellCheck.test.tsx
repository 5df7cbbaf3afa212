import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Editor } from '@tiptap/core'
import { SectionsTab } from '../../../../src/renderer/src/features/editor/SectionsTab'
import { docFromText } from '../../../../src/shared/richtext'
import { makeReport, renderWithReport } from '../../support/render'
import { handlers, callsOf } from '../../support/fake-api'
import { makeSection } from '../sections'
import { fakeSpellClient } from './fake-spell-client'

const client = fakeSpellClient()
vi.mock('../../../../src/renderer/src/spell/start-worker', () => ({
  startSpellWorker: () => ({ worker: {}, client })
}))

function setup(text: string) {
  handlers['spell.userWords'] = () => ({ fi: ['Kela-kortti'], sv: [], en: [] })
  handlers['spell.addWord'] = ({ language, word }) => ({ fi: [], sv: [], en: [], [language]: [word] })
  const result = renderWithReport(
    <SectionsTab sectionId="s1" selectTab={vi.fn()} />,
    makeReport({ sections: [makeSection('s1', 'Kokoukset', { notes: docFromText(text) })] })
  )
  const box = screen.getByRole('textbox', { name: 'Muistiinpanot' })
  const editor = (box as HTMLElement & { editor: Editor }).editor
  return { ...result, box, editor }
}

const underlined = (box: HTMLElement) =>
  [...box.querySelectorAll('[aria-invalid="spelling"]')].map((node) => node.textContent)

/** Puts the cursor inside `word` (the first one) as a keyboard user would have. */
function cursorInto(editor: Editor, word: string) {
  let at = -1
  editor.state.doc.descendants((node, pos) => {
    if (at < 0 && node.isText && node.text!.includes(word)) at = pos + node.text!.indexOf(word) + 2
  })
  editor.commands.setTextSelection(at)
}

describe('spell checking in the notes', () => {
  it('underlines a misspelt word with a marker screen readers get', async () => {
    const { box } = setup('Asia käsitellään seuraavassa kokouksesa.')
    await waitFor(() => expect(underlined(box)).toEqual(['kokouksesa']))
    expect(box.querySelector('.spell-error')).toHaveTextContent('kokouksesa')
    // The user's dictionary reached the checker before it checked anything.
    expect(client.accepted.has('Kela-kortti')).toBe(true)
  })

  it('checks again only the paragraph that changed', async () => {
    const { box, editor } = setup('Ensimmäinen kappale kokouksesa.')
    editor.commands.insertContentAt(editor.state.doc.content.size, '<p>Toinen kappale.</p>')
    await waitFor(() => expect(client.checked).toContain('Toinen kappale.'))
    await waitFor(() => expect(underlined(box)).toEqual(['kokouksesa']))
    client.checked.length = 0
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' Lisää')
    await waitFor(() => expect(client.checked).toEqual(['Toinen kappale. Lisää']))
    expect(underlined(box)).toEqual(['kokouksesa'])
  })

  it('offers suggestions by keyboard (Shift+F10); the replacement is one undo step', async () => {
    const { box, editor } = setup('Asia käsitellään seuraavassa kokouksesa.')
    await waitFor(() => expect(underlined(box)).toEqual(['kokouksesa']))
    const user = userEvent.setup()
    editor.commands.focus()
    cursorInto(editor, 'kokouksesa')
    fireEvent.keyDown(box, { key: 'F10', shiftKey: true })
    const menu = await screen.findByRole('menu', { name: 'Oikeinkirjoitus: kokouksesa' })
    const items = within(menu).getAllByRole('menuitem')
    expect(items.map((item) => item.textContent)).toEqual([
      'kokouksessa',
      'kokouksesta',
      'Ohita tämä sana',
      'Lisää omaan sanakirjaan'
    ])
    // That the menu takes the focus from the text is asserted in Chromium (test/e2e/spelling.test.ts: Shift+F10, then
    // Enter replaces the word); jsdom's focus manager does not always move it once the report store has re-rendered.
    items[0]!.focus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(box).toHaveTextContent('Asia käsitellään seuraavassa kokouksessa.'))
    await waitFor(() => expect(underlined(box)).toEqual([]))
    editor.commands.undo()
    expect(box).toHaveTextContent('Asia käsitellään seuraavassa kokouksesa.')
  })

  it('ignores a word for the rest of the session without adding it to the dictionary', async () => {
    const { box, editor } = setup('Päätöksen tekee ministeriöö.')
    await waitFor(() => expect(underlined(box)).toEqual(['ministeriöö']))
    const user = userEvent.setup()
    editor.commands.focus()
    cursorInto(editor, 'ministeriöö')
    fireEvent.keyDown(box, { key: 'F10', shiftKey: true })
    await user.click(await screen.findByRole('menuitem', { name: 'Ohita tämä sana' }))
    await waitFor(() => expect(underlined(box)).toEqual([]))
    expect(callsOf('spell.addWord')).toEqual([])
    expect(box).toHaveTextContent('Päätöksen tekee ministeriöö.')
  })

  // Last: the word stays accepted for the rest of the file, as it does for the rest of the app's run.
  it('adds a word to the user dictionary in main (context-menu key) and stops underlining it', async () => {
    const { box, editor } = setup('Päätös tehdään kokouksesa.')
    await waitFor(() => expect(underlined(box)).toEqual(['kokouksesa']))
    const user = userEvent.setup()
    editor.commands.focus()
    cursorInto(editor, 'kokouksesa')
    fireEvent.keyDown(box, { key: 'ContextMenu' })
    await user.click(await screen.findByRole('menuitem', { name: 'Lisää omaan sanakirjaan' }))
    await waitFor(() => expect(underlined(box)).toEqual([]))
    expect(callsOf('spell.addWord')).toEqual([{ language: 'fi', word: 'kokouksesa' }])
    expect(box).toHaveTextContent('Päätös tehdään kokouksesa.')
  })
})
