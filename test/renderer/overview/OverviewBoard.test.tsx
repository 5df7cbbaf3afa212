import { describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { OverviewBoard } from '../../../src/renderer/src/features/overview/OverviewBoard'
import { renderWithReport } from '../support/render'
import { boardReport, TODAY } from './fixtures'

function rowOf(title: string): HTMLElement {
  const row = screen.getByRole('button', { name: title }).closest('tr')
  if (!row) throw new Error(`no row for ${title}`)
  return row
}

describe('OverviewBoard', () => {
  it('lists every section with number, status word, trend word, owner and open actions', () => {
    renderWithReport(<OverviewBoard selectTab={vi.fn()} today={TODAY} />, boardReport)
    const table = screen.getByRole('table')
    expect(within(table).getAllByRole('row')).toHaveLength(5)

    const second = within(rowOf('Kansainvälinen vertailu'))
    expect(second.getAllByRole('cell')[0]).toHaveTextContent('2')
    expect(second.getByText('Vaatii huomiota')).toBeInTheDocument()
    expect(second.getByText('Heikkenee')).toBeInTheDocument()
    expect(second.getByText('valtiovarainministeriö')).toBeInTheDocument()
    // Two of its three actions are not done.
    expect(second.getAllByRole('cell').at(-1)).toHaveTextContent(/^2 \(1 myöhässä\)$/)

    const third = within(rowOf('Tekoäly'))
    expect(third.getByText('Kriittinen')).toBeInTheDocument()
    expect(third.getByText('Digi- ja väestötietovirasto')).toBeInTheDocument()
    expect(within(rowOf('Digitaalinen identiteetti')).getByText('Ei nimetty')).toBeInTheDocument()
  })

  it('counts sections per status and the open and overdue actions', () => {
    renderWithReport(<OverviewBoard selectTab={vi.fn()} today={TODAY} />, boardReport)
    const counts = screen.getByRole('list', { name: 'Osioiden määrä tiloittain' })
    const items = within(counts).getAllByRole('listitem')
    const countOf = (word: string) => items.find((item) => item.textContent?.includes(word))?.textContent
    expect(countOf('Etenee suunnitellusti')).toBe('Etenee suunnitellusti1')
    expect(countOf('Vaatii huomiota')).toBe('Vaatii huomiota1')
    expect(countOf('Kriittinen')).toBe('Kriittinen2')
    expect(countOf('Ei arvioitu')).toBe('Ei arvioitu0')
    // a1 (due 20.10.) and a4 (due 24.10.) are late on 25.10.; a2 is not yet due and a3 is done.
    expect(countOf('Avoimia toimenpiteitä')).toBe('Avoimia toimenpiteitä3(2 myöhässä)')
  })

  it('opens the section when its row is clicked or its title activated with Enter', async () => {
    const selectTab = vi.fn()
    renderWithReport(<OverviewBoard selectTab={selectTab} today={TODAY} />, boardReport)
    await userEvent.click(within(rowOf('Tekoäly')).getByText('Kriittinen'))
    expect(selectTab).toHaveBeenLastCalledWith('sections', 's3')

    screen.getByRole('button', { name: 'Yhteenveto' }).focus()
    await userEvent.keyboard('{Enter}')
    expect(selectTab).toHaveBeenLastCalledWith('sections', 's1')
    expect(selectTab).toHaveBeenCalledTimes(2)
  })
})
