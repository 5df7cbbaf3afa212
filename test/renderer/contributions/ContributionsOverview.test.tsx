/**
 * The coordinator's overview and "Ask for a contribution": who was asked for what, due, returned, merged, with an
 * overdue request marked by word and icon; asking sends the chosen sections, the contributor and the typed due date.
 */
import { callsOf, handlers } from '../support/fake-api'
import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ContributionsTab } from '../../../src/renderer/src/features/contributions/ContributionsTab'
import type { RequestRecord } from '../../../src/shared/contributions/ipc'
import { renderWithReport } from '../support/render'
import { coordinatorReport } from './fixtures'

function record(overrides: Partial<RequestRecord>): RequestRecord {
  return {
    requestId: 'q1',
    reportId: 'r1',
    baseRevision: 1,
    baseHash: 'a'.repeat(64),
    contributor: { organisation: 'LVM', person: 'Lasse Liikenne' },
    sectionIds: ['s2'],
    sectionTitles: ['Liikenne'],
    due: '2020-01-10',
    message: '',
    requestedAt: '2020-01-02T08:00:00.000Z',
    mergedReplies: [],
    ...overrides
  }
}

describe('the overview of contributions', () => {
  it('marks only a request past its due date and not merged as overdue, in words', async () => {
    handlers['contributions.list'] = () => ({
      contribution: null,
      requests: [
        record({}),
        record({
          requestId: 'q2',
          contributor: { organisation: 'OKM', person: '' },
          sectionTitles: ['Koulutus'],
          returnedAt: '2020-01-09T08:00:00.000Z',
          mergedAt: '2020-01-09T09:00:00.000Z'
        }),
        record({ requestId: 'q3', contributor: { organisation: 'STM', person: '' }, due: '2999-12-31' })
      ]
    })
    renderWithReport(<ContributionsTab />, coordinatorReport())
    const table = await screen.findByRole('table', { name: 'Osuudet' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getAllByRole('cell')[3]?.textContent)).toEqual([
      'Pyydetty Myöhässä',
      'Yhdistetty',
      'Pyydetty'
    ])
    expect(within(rows[0]!).getAllByRole('cell')[2]).toHaveTextContent('10.1.2020')
  })

  it('asks two contributors for the chosen section, one file each, with the due date typed the Finnish way', async () => {
    handlers['contributions.list'] = () => ({ contribution: null, requests: [] })
    handlers['contributions.ask'] = ({ requests }) => ({
      written: [record({ due: requests[0]!.due, requestId: 'q9' })]
    })
    renderWithReport(<ContributionsTab />, coordinatorReport())
    expect(await screen.findByText('Tähän tilannekuvaan ei ole vielä pyydetty osuuksia.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Pyydä osuutta…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Pyydä osuutta' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tallenna pyyntötiedosto…' }))
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Valitse vähintään yksi osio.')
    expect(callsOf('contributions.ask')).toEqual([])

    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Liikenne' }))
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Organisaatio' }), 'LVM')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lisää kirjoittaja' }))
    const second = within(dialog).getByRole('group', { name: 'Kirjoittaja 2' })
    await userEvent.type(within(second).getByRole('textbox', { name: 'Henkilö' }), 'Olli Opetus')
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Määräpäivä/ }), '27.10.2026')
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Viesti kirjoittajalle' }), 'Kiitos!')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tallenna pyyntötiedosto…' }))
    await waitFor(() => expect(callsOf('contributions.ask')).toHaveLength(1))
    expect(callsOf('contributions.ask')[0]).toEqual({
      reportId: 'r1',
      requests: [
        {
          sectionIds: ['s2'],
          contributor: { organisation: 'LVM', person: '' },
          due: '2026-10-27',
          message: 'Kiitos!'
        },
        {
          sectionIds: ['s2'],
          contributor: { organisation: '', person: 'Olli Opetus' },
          due: '2026-10-27',
          message: 'Kiitos!'
        }
      ]
    })
    expect(
      await screen.findByText('1 pyyntötiedosto tallennettiin. Lähetä se kirjoittajalle.')
    ).toBeInTheDocument()
  })

  it('keeps the ask dialog open on Enter in a section checkbox, and Escape returns to the button that opened it', async () => {
    handlers['contributions.list'] = () => ({ contribution: null, requests: [] })
    handlers['contributions.ask'] = () => ({ written: [record({ requestId: 'q9' })] })
    renderWithReport(<ContributionsTab />, coordinatorReport())
    const ask = await screen.findByRole('button', { name: 'Pyydä osuutta…' })
    await userEvent.click(ask)
    const dialog = await screen.findByRole('dialog', { name: 'Pyydä osuutta' })
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Organisaatio' }), 'LVM')
    const section = within(dialog).getByRole('checkbox', { name: 'Liikenne' })
    section.focus()
    await userEvent.keyboard(' ')
    expect(section).toBeChecked()
    // Enter on a choice: the official is still choosing, nothing is written (it used to save the request).
    await userEvent.keyboard('{Enter}')
    expect(screen.getByRole('dialog', { name: 'Pyydä osuutta' })).toBeInTheDocument()
    expect(callsOf('contributions.ask')).toEqual([])

    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    await waitFor(() => expect(ask).toHaveFocus())
  })
})
