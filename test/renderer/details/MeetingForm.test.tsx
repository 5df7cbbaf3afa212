import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MeetingForm } from '../../../src/renderer/src/features/details/MeetingForm'
import { makeReport, renderWithReport } from '../support/render'

const base = makeReport()

describe('MeetingForm', () => {
  it('adds a participant from one typed line and Enter, then saves', async () => {
    const { store, saves } = renderWithReport(<MeetingForm />)
    const line = screen.getByRole('textbox', { name: /Lisää osallistuja/ })
    await userEvent.type(line, 'Maija Meikäläinen, kansliapäällikkö, VM{Enter}')
    expect(store.getReport().meeting.participants).toMatchObject([
      { name: 'Maija Meikäläinen', title: 'kansliapäällikkö', organisation: 'VM' }
    ])
    expect(line).toHaveValue('')
    expect(screen.getByRole('textbox', { name: 'Osallistujan 1 nimi' })).toHaveValue('Maija Meikäläinen')
    await waitFor(() => expect(saves.at(-1)?.report.meeting.participants).toHaveLength(1))
  })

  it('edits and removes participant rows', async () => {
    const report = makeReport({
      meeting: {
        ...base.meeting,
        participants: [
          { id: 'p1', name: 'Maija', title: 'kansliapäällikkö', organisation: 'VM' },
          { id: 'p2', name: 'Matti', title: 'valtiosihteeri', organisation: 'VNK' }
        ]
      }
    })
    const { store } = renderWithReport(<MeetingForm />, report)
    await userEvent.type(screen.getByRole('textbox', { name: 'Osallistujan 2 tehtävänimike' }), ' (sijainen)')
    expect(store.getReport().meeting.participants[1]?.title).toBe('valtiosihteeri (sijainen)')
    await userEvent.click(screen.getByRole('button', { name: 'Poista osallistuja Maija' }))
    expect(store.getReport().meeting.participants.map((p) => p.name)).toEqual(['Matti'])
  })

  it('writes meeting date, time and place to the report', async () => {
    const { store } = renderWithReport(
      <MeetingForm />,
      makeReport({ meeting: { ...base.meeting, place: '' } })
    )
    expect(screen.getByRole('textbox', { name: /Päivämäärä/ })).toHaveValue('25.10.2021')
    expect(screen.getByRole('textbox', { name: /Kellonaika/ })).toHaveValue('14.00')
    await userEvent.type(screen.getByRole('textbox', { name: /Paikka/ }), 'Säätytalo')
    expect(store.getReport().meeting.place).toBe('Säätytalo')
  })

  it('adds, reorders and removes agenda items', async () => {
    const { store } = renderWithReport(<MeetingForm />)
    const input = screen.getByRole('textbox', { name: /Uusi kohta/ })
    await userEvent.type(input, 'Kokouksen avaus{Enter}')
    await userEvent.type(input, 'Tilannekuva{Enter}')
    await userEvent.type(input, 'Muut asiat{Enter}')
    const texts = () => store.getReport().meeting.agenda.map((item) => item.text)
    expect(texts()).toEqual(['Kokouksen avaus', 'Tilannekuva', 'Muut asiat'])
    const list = screen.getByRole('list')
    expect(within(list).getAllByRole('listitem')).toHaveLength(3)
    expect(screen.getByRole('button', { name: 'Siirrä kohta 1 ylöspäin' })).toBeDisabled()

    await userEvent.click(screen.getByRole('button', { name: 'Siirrä kohta 3 ylöspäin' }))
    expect(texts()).toEqual(['Kokouksen avaus', 'Muut asiat', 'Tilannekuva'])
    await userEvent.click(screen.getByRole('button', { name: 'Poista kohta 1' }))
    expect(texts()).toEqual(['Muut asiat', 'Tilannekuva'])
    expect(screen.getByRole('textbox', { name: 'Esityslistan kohta 1' })).toHaveValue('Muut asiat')
  })
})
