import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ActionsView } from '../../../src/renderer/src/features/overview/ActionsView'
import { makeReport, renderWithReport } from '../support/render'
import { boardReport, TODAY } from './fixtures'

const whatColumn = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]?.textContent)

function rowOf(what: string): HTMLElement {
  const row = screen.getByText(what).closest('tr')
  if (!row) throw new Error(`no row for ${what}`)
  return row
}

describe('ActionsView', () => {
  it('lists every action with its section, who, due date in Finnish form and state', () => {
    renderWithReport(<ActionsView selectTab={vi.fn()} today={TODAY} />, boardReport)
    expect(whatColumn()).toEqual([
      'Päivitä DESI-vertailu',
      'Kokoa tunnusluvut',
      'Lähetä lausunto',
      'Valmistele eettiset periaatteet'
    ])
    const row = within(rowOf('Kokoa tunnusluvut'))
    expect(row.getByRole('button', { name: '2. Kansainvälinen vertailu' })).toBeInTheDocument()
    expect(row.getByText('Tilastokeskus')).toBeInTheDocument()
    expect(row.getByText('15.11.2021')).toBeInTheDocument()
    expect(row.getByRole('combobox', { name: 'Tila: Kokoa tunnusluvut' })).toHaveValue('in_progress')
  })

  it('marks overdue actions with the word Myöhässä, not by colour alone, and never done ones', () => {
    renderWithReport(<ActionsView selectTab={vi.fn()} today={TODAY} />, boardReport)
    expect(within(rowOf('Päivitä DESI-vertailu')).getByText('Myöhässä')).toBeInTheDocument()
    expect(within(rowOf('Valmistele eettiset periaatteet')).getByText('Myöhässä')).toBeInTheDocument()
    expect(within(rowOf('Lähetä lausunto')).queryByText('Myöhässä')).not.toBeInTheDocument()
    expect(within(rowOf('Kokoa tunnusluvut')).queryByText('Myöhässä')).not.toBeInTheDocument()
    expect(screen.getAllByText('Myöhässä')).toHaveLength(2)
  })

  it('with a later "today", an action not yet due becomes overdue', () => {
    renderWithReport(<ActionsView selectTab={vi.fn()} today="2021-11-16" />, boardReport)
    expect(within(rowOf('Kokoa tunnusluvut')).getByText('Myöhässä')).toBeInTheDocument()
  })

  it('filters by who and by state', () => {
    renderWithReport(<ActionsView selectTab={vi.fn()} today={TODAY} />, boardReport)
    const who = screen.getByRole('combobox', { name: 'Vastuussa' })
    expect(
      within(who)
        .getAllByRole('option')
        .map((o) => o.textContent)
    ).toEqual(['Kaikki', 'LVM', 'Tilastokeskus', 'VM', 'Ei vastuuhenkilöä'])
    fireEvent.change(who, { target: { value: 'VM' } })
    expect(whatColumn()).toEqual(['Päivitä DESI-vertailu', 'Lähetä lausunto'])
    fireEvent.change(screen.getByRole('combobox', { name: 'Tila' }), { target: { value: 'unfinished' } })
    expect(whatColumn()).toEqual(['Päivitä DESI-vertailu'])
    expect(screen.getByText(/Näytetään 1\/4 toimenpidettä/)).toBeInTheDocument()
    fireEvent.change(who, { target: { value: '' } })
    fireEvent.change(screen.getByRole('combobox', { name: 'Tila' }), { target: { value: 'in_progress' } })
    expect(whatColumn()).toEqual(['Kokoa tunnusluvut', 'Valmistele eettiset periaatteet'])
  })

  it('changes an action state inline and saves it; done removes the overdue mark', async () => {
    const { store, saves } = renderWithReport(<ActionsView selectTab={vi.fn()} today={TODAY} />, boardReport)
    fireEvent.change(screen.getByRole('combobox', { name: 'Tila: Päivitä DESI-vertailu' }), {
      target: { value: 'done' }
    })
    expect(store.getReport().sections[1]?.actions[0]?.state).toBe('done')
    expect(within(rowOf('Päivitä DESI-vertailu')).queryByText('Myöhässä')).not.toBeInTheDocument()
    await waitFor(() => expect(saves.at(-1)?.report.sections[1]?.actions[0]?.state).toBe('done'))
  })

  it('opens the section of an action', async () => {
    const selectTab = vi.fn()
    renderWithReport(<ActionsView selectTab={selectTab} today={TODAY} />, boardReport)
    await userEvent.click(screen.getByRole('button', { name: '3. Tekoäly' }))
    expect(selectTab).toHaveBeenCalledWith('sections', 's3')
  })

  it('tells what to do when the report has no actions', () => {
    renderWithReport(<ActionsView selectTab={vi.fn()} today={TODAY} />, makeReport())
    expect(screen.getByText(/Raportissa ei ole vielä toimenpiteitä/)).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })
})
