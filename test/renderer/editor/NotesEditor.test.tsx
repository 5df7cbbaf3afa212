import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SectionsTab } from '../../../src/renderer/src/features/editor/SectionsTab'
import { docFromText } from '../../../src/shared/richtext'
import { makeReport, renderWithReport } from '../support/render'
import { makeSection } from './sections'

const notesOf = (store: { getReport: () => { sections: Array<{ notes: unknown }> } }) =>
  JSON.stringify(store.getReport().sections[0]?.notes)

describe('notes editor', () => {
  const setup = () => {
    const result = renderWithReport(
      <SectionsTab sectionId="s1" selectTab={vi.fn()} />,
      makeReport({ sections: [makeSection('s1', 'Tekoäly', { notes: docFromText('Eettiset periaatteet') })] })
    )
    return { ...result, editor: screen.getByRole('textbox', { name: 'Muistiinpanot' }) }
  }

  it('shows the section notes and a formatting toolbar with named buttons', () => {
    const { editor } = setup()
    expect(editor).toHaveTextContent('Eettiset periaatteet')
    const toolbar = screen.getByRole('toolbar', { name: 'Muotoilu' })
    for (const name of [
      'Lihavointi (Ctrl+B)',
      'Luettelomerkit',
      'Numeroitu luettelo',
      'Linkki (Ctrl+K)',
      'Lisää taulukko'
    ]) {
      expect(toolbar).toContainElement(screen.getByRole('button', { name }))
    }
  })

  it('refuses a javascript: link in the Ctrl+K dialog and accepts a web address', async () => {
    const { editor, store } = setup()
    const user = userEvent.setup()
    editor.focus()
    fireEvent.keyDown(editor, { key: 'k', ctrlKey: true })
    const dialog = await screen.findByRole('dialog', { name: 'Lisää linkki' })
    const address = screen.getByRole('textbox', { name: /Osoite/ })
    await user.type(address, 'javascript:alert(1)')
    await user.click(screen.getByRole('button', { name: 'Tallenna linkki' }))
    expect(dialog).toHaveTextContent('Osoitetta ei hyväksytty')
    expect(notesOf(store)).not.toContain('javascript')

    await user.clear(address)
    await user.type(address, 'www.vm.fi')
    await user.click(screen.getByRole('button', { name: 'Tallenna linkki' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(notesOf(store)).toContain('"href":"https://www.vm.fi"')
  })

  it('turns the paragraph into a bulleted list from the toolbar and writes it to the store', async () => {
    const { store } = setup()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Luettelomerkit' }))
    expect(notesOf(store)).toContain('"type":"bulletList"')
    expect(screen.getByRole('button', { name: 'Luettelomerkit' })).toHaveAttribute('aria-pressed', 'true')
  })
})
