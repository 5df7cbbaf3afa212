import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SectionsTab } from '../../../src/renderer/src/features/editor/SectionsTab'
import { makeReport, renderWithReport } from '../support/render'
import { makeSection, threeSections } from './sections'

const renderTab = (sectionId = 's1', sections = threeSections()) =>
  renderWithReport(<SectionsTab sectionId={sectionId} selectTab={vi.fn()} />, makeReport({ sections }))
const section = (store: { getReport: () => { sections: Array<{ id: string }> } }, id: string) =>
  store.getReport().sections.find((s) => s.id === id) as ReturnType<typeof threeSections>[number]

describe('section editor', () => {
  it('adds an action with Ctrl+Shift+A in the current section and puts the cursor in it', async () => {
    const { store } = renderTab('s3')
    const user = userEvent.setup()
    await user.keyboard('{Control>}{Shift>}A{/Shift}{/Control}')
    await waitFor(() => expect(section(store, 's3').actions).toHaveLength(1))
    const what = screen.getByRole('textbox', { name: 'Toimenpide, toimenpide 1' })
    await waitFor(() => expect(what).toHaveFocus())
    await user.keyboard('Lausuntokooste VM:lle')
    await user.type(screen.getByRole('textbox', { name: 'Vastuuhenkilö, toimenpide 1' }), 'Virtanen')
    expect(section(store, 's3').actions[0]).toMatchObject({
      what: 'Lausuntokooste VM:lle',
      who: 'Virtanen',
      state: 'open'
    })
    expect(screen.getByRole('heading', { name: /Toimenpiteet \(1 avoinna\)/ })).toBeInTheDocument()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tila, toimenpide 1' }), 'Valmis')
    expect(section(store, 's3').actions[0]?.state).toBe('done')
    expect(section(store, 's1').actions).toHaveLength(0)
  })

  it('puts the cursor in the new action within the same key press, so letters typed straight on are not lost', () => {
    renderTab('s3')
    fireEvent.keyDown(window, { key: 'A', ctrlKey: true, shiftKey: true })
    // Synchronously: the next key event may already be queued behind this one.
    expect(document.activeElement?.id).toMatch(/^action-what-/)
    fireEvent.keyDown(window, { key: 'D', ctrlKey: true, shiftKey: true })
    expect(document.activeElement?.id).toMatch(/^decision-/)
  })

  it('adds a decision with Ctrl+Shift+D and removes it with its button', async () => {
    const { store } = renderTab('s1')
    const user = userEvent.setup()
    await user.keyboard('{Control>}{Shift>}D{/Shift}{/Control}')
    const decision = await screen.findByRole('textbox', { name: 'Päätös 1' })
    await waitFor(() => expect(decision).toHaveFocus())
    await user.keyboard('Hyväksyttiin tilannekuva.')
    expect(section(store, 's1').decisions.map((d) => d.text)).toEqual(['Hyväksyttiin tilannekuva.'])
    await user.click(screen.getByRole('button', { name: 'Poista päätös 1' }))
    expect(section(store, 's1').decisions).toEqual([])
  })

  it('edits key figures cell by cell and shows the previous value read-only', async () => {
    const sections = [
      makeSection('s1', 'Digitaaliset julkiset palvelut', {
        keyFigures: [
          {
            id: 'k1',
            indicator: 'Keskeiset julkiset palvelut verkossa',
            value: '',
            target: '100',
            unit: '%',
            year: '2030',
            source: 'DESI',
            previousValue: '87'
          }
        ]
      })
    ]
    const { store } = renderTab('s1', sections)
    const user = userEvent.setup()
    await user.type(screen.getByRole('textbox', { name: 'Arvo, rivi 1' }), '89')
    expect(section(store, 's1').keyFigures[0]).toMatchObject({
      value: '89',
      target: '100',
      previousValue: '87'
    })
    const table = screen.getByRole('table')
    expect(within(table).getByRole('columnheader', { name: 'Edellinen arvo' })).toBeInTheDocument()
    expect(within(table).getByRole('cell', { name: '87' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Lisää tunnusluku' }))
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Mittari, rivi 2' })).toHaveFocus())
    await user.keyboard('Sähköinen tunnistautuminen')
    expect(section(store, 's1').keyFigures[1]?.indicator).toBe('Sähköinen tunnistautuminen')
    await user.click(screen.getByRole('button', { name: 'Poista tunnusluku 1' }))
    expect(section(store, 's1').keyFigures.map((f) => f.indicator)).toEqual(['Sähköinen tunnistautuminen'])
  })

  it('sets the status from a list whose options show shape and word, and the title live', async () => {
    const { store } = renderTab('s1')
    const user = userEvent.setup()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tila' }), '▲ Kriittinen')
    expect(section(store, 's1').status).toBe('critical')
    const title = screen.getByRole('textbox', { name: 'Otsikko' })
    await user.clear(title)
    await user.type(title, 'Kokonaiskuva')
    expect(section(store, 's1').title).toBe('Kokonaiskuva')
    expect(screen.getByRole('heading', { level: 2, name: '1. Kokonaiskuva' })).toBeInTheDocument()
  })

  it('takes a ministry as owner by its code, or free text', async () => {
    const { store } = renderTab('s1')
    const user = userEvent.setup()
    const owner = screen.getByRole('combobox', { name: 'Vastuu' })
    await user.click(owner)
    await user.click(screen.getByRole('option', { name: 'VM – valtiovarainministeriö' }))
    expect(section(store, 's1').owner).toBe('VM')
    await user.clear(owner)
    await user.type(owner, 'DVV')
    await user.tab()
    expect(section(store, 's1').owner).toBe('DVV')
  })

  it('folds the template guidance away until asked', async () => {
    renderTab('s1')
    const user = userEvent.setup()
    const toggle = screen.getByRole('button', { name: 'Ohje' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByText('Kokonaiskuva ja kokonaistila.')).not.toBeInTheDocument()
    await user.click(toggle)
    expect(screen.getByText('Kokonaiskuva ja kokonaistila.')).toBeInTheDocument()
  })

  it('saves at once on Ctrl+S without moving the focus', async () => {
    const { saves } = renderTab('s1')
    const user = userEvent.setup()
    const title = screen.getByRole('textbox', { name: 'Otsikko' })
    await user.type(title, '!')
    await user.keyboard('{Control>}s{/Control}')
    await waitFor(() => expect(saves.at(-1)?.report.sections[0]?.title).toBe('Yhteenveto!'))
    expect(title).toHaveFocus()
  })
})
