/**
 * A report made "next from previous" starts with each status carried and not reviewed: the outline, the section,
 * the overview and "what changed" say so in words and shape (never colour alone), the trend stays empty, and one
 * button, reached with Tab, confirms the status unchanged.
 */
import { describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SectionsTab } from '../../../src/renderer/src/features/editor/SectionsTab'
import { OverviewBoard } from '../../../src/renderer/src/features/overview/OverviewBoard'
import { ChangesView } from '../../../src/renderer/src/features/changes/ChangesView'
import type { Report } from '../../../src/shared/model'
import { nextFromPrevious } from '../../../src/shared/report-ops'
import { counterIds, report, section } from '../../fixtures/templates/reports'
import { handlers } from '../support/fake-api'
import { renderWithReport } from '../support/render'

function previous(): Report {
  return report('a', [
    section('s1', { title: 'Tekoäly', status: 'critical', trend: 'worsening' }),
    section('s2', { title: 'Data', status: 'on_track' })
  ])
}

function carried(): Report {
  return nextFromPrevious(previous(), {
    id: 'b',
    now: '2021-11-01T10:00:00.000Z',
    newId: counterIds('n'),
    carryNotes: false
  })
}

describe('a status carried from the previous report', () => {
  it('is marked in the outline and the section, with no trend, until confirmed with the keyboard', async () => {
    const { store } = renderWithReport(<SectionsTab sectionId="s1" selectTab={vi.fn()} />, carried())
    const outline = screen.getByRole('navigation', { name: /Osiot/ })
    const row = within(outline).getByRole('button', { name: /Tekoäly/ })
    expect(row).toHaveAccessibleName(expect.stringContaining('Siirretty, ei arvioitu'))
    expect(row.querySelector('[data-carried]')).not.toBeNull()
    expect(screen.getByRole('combobox', { name: 'Suunta' })).toHaveDisplayValue('Ei arvioitu')

    const confirm = screen.getByRole('button', { name: 'Vahvista tila ennallaan' })
    expect(confirm).toHaveAccessibleDescription(/siirretty edellisestä tilannekuvasta/)
    const user = userEvent.setup()
    // Keyboard only: from the status field, Tab reaches the button past the trend and owner.
    screen.getByRole('combobox', { name: 'Tila' }).focus()
    for (let i = 0; i < 6 && document.activeElement !== confirm; i++) await user.tab()
    expect(document.activeElement).toBe(confirm)
    await user.keyboard('{Enter}')

    expect(store.getReport().sections[0]).toMatchObject({ status: 'critical', trend: 'unchanged' })
    expect(store.getReport().sections[0]?.statusCarried).toBeUndefined()
    expect(screen.queryByRole('button', { name: 'Vahvista tila ennallaan' })).not.toBeInTheDocument()
    expect(row).not.toHaveAccessibleName(expect.stringContaining('Siirretty'))
    // Focus stays with the status it confirmed, not lost on the page.
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Tila' }))
    // The other section is still waiting.
    expect(within(outline).getByRole('button', { name: /Data/ })).toHaveAccessibleName(
      expect.stringContaining('Siirretty, ei arvioitu')
    )
  })

  it('is reviewed by choosing a trend, which no longer leaves the mark behind', async () => {
    const { store } = renderWithReport(<SectionsTab sectionId="s1" selectTab={vi.fn()} />, carried())
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Suunta' }), '↗ Paranee')
    expect(store.getReport().sections[0]).toMatchObject({ trend: 'improving' })
    expect(store.getReport().sections[0]?.statusCarried).toBeUndefined()
    expect(screen.queryByRole('button', { name: 'Vahvista tila ennallaan' })).not.toBeInTheDocument()
  })

  it('shows in the overview as carried, with "Ei arvioitu" for its trend', () => {
    renderWithReport(<OverviewBoard selectTab={vi.fn()} today="2021-11-01" />, carried())
    const row = screen.getByRole('button', { name: 'Tekoäly' }).closest('tr') as HTMLElement
    const cells = within(row).getAllByRole('cell')
    expect(cells[2]).toHaveTextContent('KriittinenSiirretty, ei arvioitu')
    expect(cells[3]).toHaveTextContent(/^Ei arvioitu$/)
    expect(cells[3]).not.toHaveTextContent('Ennallaan')
  })

  it('is named in "what changed" as not reviewed yet', async () => {
    handlers['reports.get'] = () => ({ report: previous(), readOnly: false })
    renderWithReport(<ChangesView />, carried())
    const card = await screen.findByRole('region', { name: /2 osion tila on siirretty edellisestä/ })
    expect(
      within(card)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual(['1. Tekoäly Kriittinen', '2. Data Etenee suunnitellusti'])
  })
})
