/**
 * Seen: typing "2023 (ennakkotieto), päivittyy 2024" into a key figure's year, or a 10 000-character section title,
 * made every later save fail, and the notes written afterwards were gone after a reload. Now the field says what is
 * wrong (aria-invalid, a message beside it) and everything else keeps saving.
 */
import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SectionsTab } from '../../../src/renderer/src/features/editor/SectionsTab'
import { SaveIndicator } from '../../../src/renderer/src/features/report/SaveIndicator'
import { reportSchema } from '../../../src/shared/model'
import { makeReport, renderWithReport } from '../support/render'
import { makeSection } from './sections'

const figure = {
  id: 'f1',
  indicator: 'Julkiset palvelut verkossa',
  value: '',
  target: '',
  unit: '%',
  year: '',
  source: ''
}
const report = () =>
  makeReport({ sections: [makeSection('s1', 'Digitaaliset palvelut', { keyFigures: [figure] })] })

const render = () =>
  renderWithReport(
    <>
      <SaveIndicator />
      <SectionsTab sectionId="s1" selectTab={vi.fn()} />
    </>,
    report()
  )

describe('a field over its limit', () => {
  it('takes the year "2023 (ennakkotieto), päivittyy 2024" and saves it', async () => {
    const { saves } = render()
    const year = screen.getByRole('textbox', { name: /Vuosi, rivi 1/ })
    await userEvent.type(year, '2023 (ennakkotieto), päivittyy 2024')
    expect(year).not.toHaveAttribute('aria-invalid', 'true')
    // What is saved is a report the model (and so main's dispatch) accepts, year and all.
    await waitFor(() => expect(reportSchema.safeParse(saves.at(-1)?.report).success).toBe(true))
    await waitFor(() =>
      expect(saves.at(-1)?.report.sections[0]?.keyFigures[0]?.year).toBe(
        '2023 (ennakkotieto), päivittyy 2024'
      )
    )
  })

  it('marks a 10 000-character section title, says why, and keeps saving the rest', async () => {
    const { saves, store } = render()
    const title = screen.getByRole('textbox', { name: 'Otsikko' })
    fireEvent.change(title, { target: { value: 'x'.repeat(10_000) } })
    expect(title).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText(/Teksti on liian pitkä: 10\s000 merkkiä, enintään 300/)).toBeInTheDocument()

    await userEvent.type(screen.getByRole('textbox', { name: /Arvo, rivi 1/ }), '72,5')
    await waitFor(() => expect(saves.at(-1)?.report.sections[0]?.keyFigures[0]?.value).toBe('72,5'))
    expect(saves.at(-1)?.report.sections[0]?.title).toBe('Digitaaliset palvelut')
    expect(title).toHaveValue('x'.repeat(10_000))
    expect(screen.getByRole('status')).toHaveTextContent(/1 kenttä odottaa korjausta/)
    expect(store.hasUnsavedChanges()).toBe(true)

    fireEvent.change(title, { target: { value: 'Digitaaliset julkiset palvelut' } })
    expect(title).not.toHaveAttribute('aria-invalid', 'true')
    await waitFor(() =>
      expect(saves.at(-1)?.report.sections[0]?.title).toBe('Digitaaliset julkiset palvelut')
    )
    expect(store.hasUnsavedChanges()).toBe(false)
  })

  it('refuses a due date typed as 280220277 in its cell, with a message', async () => {
    const { store } = renderWithReport(
      <SectionsTab sectionId="s1" selectTab={vi.fn()} />,
      makeReport({
        sections: [
          makeSection('s1', 'Tekoäly', {
            actions: [{ id: 'a1', what: 'Lausunto', who: 'VM', due: '2027-01-14', state: 'open' }]
          })
        ]
      })
    )
    const due = screen.getByRole('textbox', { name: /Määräaika, toimenpide 1/ })
    expect(due).toHaveValue('14.1.2027')
    await userEvent.clear(due)
    await userEvent.type(due, '280220277')
    await userEvent.tab()
    expect(due).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText(/Päivämäärää ei tunnistettu/)).toBeInTheDocument()
    expect(store.getSavableReport().sections[0]?.actions[0]?.due).toBe('2027-01-14')
  })
})
