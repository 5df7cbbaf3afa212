/**
 * Leaving a report while a field shows text it refuses (held back, never saved) asks first instead of dropping the
 * text silently — by the library button and by the application menu. "Stay" keeps the text and returns to the field;
 * "Leave" goes on, the rest of the report having been saved.
 */
import { emit, handlers } from '../support/fake-api'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../../src/renderer/src/App'
import type { Report } from '../../../src/shared/model'
import { makeReport } from '../support/render'
import { summary } from '../library/memory-library'

let saved: Report[] = []
beforeEach(() => {
  saved = []
  const report = makeReport({ id: 'r1', title: 'Lokakuun kokous' })
  handlers['reports.list'] = () => ({
    reports: [summary({ id: 'r1', title: 'Lokakuun kokous' })],
    problems: []
  })
  handlers['settings.get'] = () => ({ uiLanguage: 'fi', recentReportIds: [] })
  handlers['settings.update'] = () => ({ uiLanguage: 'fi', recentReportIds: ['r1'] })
  handlers['reports.listTrash'] = () => []
  handlers['templates.list'] = () => []
  handlers['app.info'] = () => ({ version: '1.0.0', dataDir: '/data', readOnly: false, platform: 'linux' })
  handlers['reports.get'] = () => ({ report, readOnly: false })
  handlers['reports.save'] = ({ report: next }) => {
    saved.push(next)
    return { revision: next.revision + 1, updatedAt: '2027-01-14T10:00:00.000Z' }
  }
})

/** Opens the report's details and types a title over the model's 300 characters. */
async function openWithRefusedTitle() {
  render(<App />)
  await userEvent.click(await screen.findByRole('button', { name: 'Lokakuun kokous' }))
  await userEvent.click(await screen.findByRole('tab', { name: 'Raportin tiedot' }))
  const title = await screen.findByRole('textbox', { name: 'Otsikko' })
  fireEvent.change(title, { target: { value: 'Kokous '.repeat(60) } })
  expect(title).toHaveAttribute('aria-invalid', 'true')
  return title
}

// The whole app mounts in each test: give it room on a loaded machine.
describe('leaving a report with refused text', { timeout: 90_000 }, () => {
  it('asks first; "stay" keeps the text and goes back to the field', async () => {
    const title = await openWithRefusedTitle()
    await userEvent.click(screen.getByRole('button', { name: 'Takaisin raporttiluetteloon' }))
    const dialog = await screen.findByRole('dialog', { name: 'Tallentamatonta tekstiä' })
    expect(dialog).toHaveTextContent('Yhdessä kentässä on tekstiä, jota ei voi tallentaa')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Jää korjaamaan' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByRole('textbox', { name: 'Otsikko' })).toHaveValue('Kokous '.repeat(60))
    await waitFor(() => expect(document.activeElement).toBe(title))
    expect(screen.queryByRole('heading', { name: 'Tilannekuvat' })).not.toBeInTheDocument()
  })

  it('asks for a menu command too, and "leave" goes on', async () => {
    await openWithRefusedTitle()
    act(() => emit('menu:command', 'settings'))
    const dialog = await screen.findByRole('dialog', { name: 'Tallentamatonta tekstiä' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Poistu ja hylkää teksti' }))
    expect(await screen.findByRole('heading', { name: 'Asetukset' })).toBeInTheDocument()
    // What could be saved was saved; the refused title never reached the disk.
    expect(saved.every((report) => report.title === 'Lokakuun kokous')).toBe(true)
  })

  it('does not ask when nothing is refused', async () => {
    render(<App />)
    await userEvent.click(await screen.findByRole('button', { name: 'Lokakuun kokous' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Takaisin raporttiluetteloon' }))
    expect(await screen.findByRole('heading', { name: 'Tilannekuvat' })).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
