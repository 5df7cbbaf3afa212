/** The next report is asked its meeting's date, typed the Finnish way, so its export carries that date, not today's. */
import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { callsOf } from '../support/fake-api'
import { memoryLibrary, summary } from './memory-library'
import { renderLibrary } from './render-library'

const library = () => [
  summary({ id: 'a', title: 'Syyskuu', meetingDate: '2026-09-24' }),
  summary({ id: 'b', title: 'Lokakuu', meetingDate: '2026-10-29' })
]

async function openNextDialog() {
  memoryLibrary(library())
  renderLibrary()
  await screen.findByRole('table')
  await userEvent.click(screen.getByRole('button', { name: 'Uusi tilannekuva' }))
  const dialog = await screen.findByRole('dialog')
  await userEvent.click(within(dialog).getByRole('radio', { name: 'Edellinen tilannekuva' }))
  return dialog
}

describe('the next-report dialog', () => {
  it('asks the meeting date and sends it as an ISO date', async () => {
    const dialog = await openNextDialog()
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Kokouksen päivämäärä/ }), '14.1.2027')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Luo tilannekuva' }))
    await waitFor(() => expect(callsOf('reports.create')).toHaveLength(1))
    expect(callsOf('reports.create')[0]).toEqual({
      language: 'fi',
      previousReportId: 'b',
      carryNotes: false,
      meetingDate: '2027-01-14'
    })
  })

  it('refuses an impossible date in the field and creates nothing until it is fixed', async () => {
    const dialog = await openNextDialog()
    const field = within(dialog).getByRole('textbox', { name: /Kokouksen päivämäärä/ })
    await userEvent.type(field, '31.2.2027')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Luo tilannekuva' }))
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(callsOf('reports.create')).toHaveLength(0)
    // What was typed is still there to fix.
    expect(field).toHaveValue('31.2.2027')
    await userEvent.clear(field)
    await userEvent.type(field, '28.2.2027{Enter}')
    await waitFor(() => expect(callsOf('reports.create')).toHaveLength(1))
    expect(callsOf('reports.create')[0]).toMatchObject({ meetingDate: '2027-02-28' })
  })
})
