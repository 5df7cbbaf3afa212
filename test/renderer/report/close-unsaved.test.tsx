/**
 * The renderer's half of closing with changes that could not be saved: on `app:flush` it commits the field being
 * typed in, saves what it can, and answers main with a copy of the report as the window shows it — valid, so import
 * takes it, with each refused text kept in a section of its own. With everything saved it answers with nothing.
 */
import { callsOf, emit, handlers, resetFakeApi } from '../support/fake-api'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ReportView } from '../../../src/renderer/src/features/report/ReportView'
import { NavigationContext } from '../../../src/renderer/src/state/navigation-context'
import { NoticeProvider } from '../../../src/renderer/src/components/notices'
import { plainText } from '../../../src/shared/richtext'
import { reportSchema, type Report } from '../../../src/shared/model'
import { makeReport } from '../support/render'
import { makeSection } from '../editor/sections'

let saved: Report[] = []
beforeEach(() => {
  resetFakeApi()
  saved = []
  const report = makeReport({ sections: [makeSection('s1', 'Tekoäly')] })
  handlers['reports.get'] = () => ({ report, readOnly: false })
  handlers['reports.save'] = ({ report: next }) => {
    saved.push(next)
    return { revision: next.revision + 1, updatedAt: '2027-01-14T10:00:00.000Z' }
  }
  handlers['app.readyToClose'] = () => null
})

function renderReport(tab: 'details' | 'meeting') {
  render(
    <FluentProvider theme={webLightTheme}>
      <NavigationContext.Provider value={vi.fn()}>
        <NoticeProvider>
          <ReportView view={{ name: 'report', reportId: 'r1', tab }} />
        </NoticeProvider>
      </NavigationContext.Provider>
    </FluentProvider>
  )
}

describe('answering the close handshake', () => {
  it('sends a valid copy with the refused title in a section of its own, and saves the rest', async () => {
    renderReport('details')
    const title = await screen.findByRole('textbox', { name: 'Otsikko' })
    fireEvent.change(title, { target: { value: 'Kokous '.repeat(100) } })
    await userEvent.type(screen.getByRole('textbox', { name: 'Laatija' }), 'Virtanen')
    act(() => emit('app:flush'))
    await waitFor(() => expect(callsOf('app.readyToClose')).toHaveLength(1))

    expect(saved.at(-1)).toMatchObject({ title: 'Kansliapäälliköiden kokous', author: 'Virtanen' })
    const copy = callsOf('app.readyToClose')[0]?.unsaved?.report as Report
    expect(reportSchema.safeParse(copy).success).toBe(true)
    expect(copy.author).toBe('Virtanen')
    const recovery = copy.sections.at(-1)
    expect(recovery?.title).toBe('Tallentamatta jääneet tekstit')
    expect(plainText(recovery?.notes)).toContain(`Raportin tiedot › Otsikko: ${'Kokous '.repeat(100)}`.trim())
  })

  it('commits a date still being typed, and answers with nothing when all is saved', async () => {
    renderReport('meeting')
    const date = await screen.findByRole('textbox', { name: /Päivämäärä/ })
    await userEvent.clear(date)
    await userEvent.type(date, '14.1.2027')
    expect(date).toHaveFocus()
    act(() => emit('app:flush'))
    await waitFor(() => expect(callsOf('app.readyToClose')).toEqual([{}]))
    expect(saved.at(-1)?.meeting.date).toBe('2027-01-14')
  })

  it('sends the half-typed date it could not read, so the user is asked before it is lost', async () => {
    renderReport('meeting')
    const date = await screen.findByRole('textbox', { name: /Päivämäärä/ })
    await userEvent.clear(date)
    await userEvent.type(date, '31.2.2027')
    act(() => emit('app:flush'))
    await waitFor(() => expect(callsOf('app.readyToClose')).toHaveLength(1))
    const copy = callsOf('app.readyToClose')[0]?.unsaved?.report as Report
    expect(copy.meeting.date).toBe('2021-10-25')
    expect(plainText(copy.sections.at(-1)?.notes)).toContain('Kokous › Päivämäärä: 31.2.2027')
  })
})
