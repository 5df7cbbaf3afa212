import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SectionsTab } from '../../../src/renderer/src/features/editor/SectionsTab'
import { makeReport, renderWithReport } from '../support/render'
import { threeSections } from './sections'

const renderTab = (sectionId?: string) => {
  const selectTab = vi.fn()
  const result = renderWithReport(
    <SectionsTab sectionId={sectionId} selectTab={selectTab} />,
    makeReport({ sections: threeSections() })
  )
  return { ...result, selectTab }
}
const outline = () => screen.getByRole('navigation', { name: 'Osiot' })
const rows = () => within(outline()).getAllByRole('listitem')

describe('section outline', () => {
  it('shows each section with its number, title and status in words, not only colour', () => {
    renderTab()
    const [first, second, third] = rows()
    expect(first).toHaveTextContent('1')
    expect(first).toHaveTextContent('Yhteenveto')
    expect(first).toHaveTextContent('Etenee suunnitellusti')
    expect(second).toHaveTextContent('Kriittinen')
    expect(third).toHaveTextContent('Vaatii huomiota')
    // Each status has its own shape, so it reads without colour too.
    const shapes = rows().map((row) => row.querySelector('[data-status] svg')?.outerHTML)
    expect(new Set(shapes).size).toBe(3)
  })

  it('marks the sections whose notes are empty, and the current section', () => {
    renderTab('s2')
    const [first, second] = rows()
    expect(first).toHaveTextContent('Ei muistiinpanoja')
    expect(second).not.toHaveTextContent('Ei muistiinpanoja')
    expect(within(second!).getByRole('button')).toHaveAttribute('aria-current', 'true')
    expect(within(first!).getByRole('button')).not.toHaveAttribute('aria-current')
  })

  it('reorders with Alt+Shift+arrows and keeps the focus on the moved section', async () => {
    const { store } = renderTab('s1')
    const user = userEvent.setup()
    const first = within(rows()[0]!).getByRole('button')
    first.focus()
    await user.keyboard('{Alt>}{Shift>}{ArrowDown}{/Shift}{/Alt}')
    expect(store.getReport().sections.map((s) => s.id)).toEqual(['s2', 's1', 's3'])
    expect(document.activeElement).toHaveTextContent('Yhteenveto')
    expect(document.activeElement).toHaveTextContent('2')
    await user.keyboard('{Alt>}{Shift>}{ArrowUp}{/Shift}{/Alt}')
    expect(store.getReport().sections.map((s) => s.id)).toEqual(['s1', 's2', 's3'])
  })

  it('moves between rows with the arrow keys and opens one with Enter', async () => {
    const { selectTab } = renderTab('s1')
    const user = userEvent.setup()
    within(rows()[0]!).getByRole('button').focus()
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}')
    expect(selectTab).toHaveBeenLastCalledWith('sections', 's3')
    expect(screen.getByRole('heading', { level: 2, name: '3. Tekoäly' })).toBeInTheDocument()
  })

  it('goes to the next and previous section with Alt+↓ and Alt+↑', async () => {
    const { selectTab } = renderTab('s1')
    const user = userEvent.setup()
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}')
    expect(selectTab).toHaveBeenLastCalledWith('sections', 's2')
    expect(screen.getByRole('heading', { level: 2, name: '2. Kansainvälinen vertailu' })).toBeInTheDocument()
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}')
    expect(selectTab).toHaveBeenLastCalledWith('sections', 's1')
  })

  it('reorders by dragging a row onto another', () => {
    const { store } = renderTab()
    const [first, , third] = rows()
    const data = new Map<string, string>()
    const dataTransfer = {
      setData: (k: string, v: string) => data.set(k, v),
      effectAllowed: '',
      dropEffect: ''
    }
    fireEvent.dragStart(first!, { dataTransfer })
    fireEvent.dragOver(third!, { dataTransfer })
    fireEvent.drop(third!, { dataTransfer })
    expect(store.getReport().sections.map((s) => s.id)).toEqual(['s2', 's3', 's1'])
  })

  it('adds a section after the current one, and a removal can be undone', async () => {
    const { store } = renderTab('s1')
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Lisää osio' }))
    expect(store.getReport().sections.map((s) => s.title)).toEqual([
      'Yhteenveto',
      'Uusi osio',
      'Kansainvälinen vertailu',
      'Tekoäly'
    ])
    await user.click(screen.getByRole('button', { name: 'Poista osio' }))
    expect(store.getReport().sections).toHaveLength(3)
    expect(screen.getByText('Osio ”Uusi osio” poistettiin.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Kumoa poisto' }))
    expect(store.getReport().sections[1]?.title).toBe('Uusi osio')
  })

  it('after Alt+↓ in the section, puts the focus on the heading of the new section', async () => {
    renderTab('s1')
    const user = userEvent.setup()
    await user.click(screen.getByRole('textbox', { name: 'Otsikko' }))
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}')
    const heading = screen.getByRole('heading', { level: 2, name: '2. Kansainvälinen vertailu' })
    await waitFor(() => expect(heading).toHaveFocus())
  })

  it('after Alt+↓ in the outline, keeps the focus in the outline, on the new current row', async () => {
    renderTab('s1')
    const user = userEvent.setup()
    within(rows()[0]!).getByRole('button').focus()
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}')
    const second = within(rows()[1]!).getByRole('button')
    await waitFor(() => expect(second).toHaveFocus())
    expect(second).toHaveAttribute('aria-current', 'true')
    expect(second).toHaveAttribute('tabindex', '0')
  })

  it('opens a new section with its title focused and selected, ready to be typed over', async () => {
    renderTab('s1')
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Lisää osio' }))
    const title = screen.getByRole('textbox', { name: 'Otsikko' }) as HTMLInputElement
    await waitFor(() => expect(title).toHaveFocus())
    expect(title).toHaveValue('Uusi osio')
    expect([title.selectionStart, title.selectionEnd]).toEqual([0, 'Uusi osio'.length])
    await user.keyboard('Rahoitus')
    expect(screen.getByRole('heading', { level: 2, name: '2. Rahoitus' })).toBeInTheDocument()
  })
})
