/**
 * Date and time fields read what Finns, Finland-Swedes and British writers type, never through the browser's
 * locale: 14.1.2027 is the 14th of January 2027 (it once became 14.12.0027). A date that cannot be is refused in
 * the field — marked invalid, with a message beside it — while the last valid date stays saved.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MeetingForm } from '../../../src/renderer/src/features/details/MeetingForm'
import { ReportTitle } from '../../../src/renderer/src/features/report/ReportTitle'
import { setUiLanguage } from '../../../src/renderer/src/i18n'
import { makeReport, renderWithReport } from '../support/render'

const dateField = () => screen.getByRole('textbox', { name: /Päivämäärä|Date|Datum/ })

afterEach(() => setUiLanguage('fi'))

describe('the meeting date', () => {
  it.each(['14.1.2027', '14.1.27', '14012027', '2027-01-14'])(
    'stores %s as 2027-01-14 and shows it as 14.1.2027',
    async (typed) => {
      const { store, saves } = renderWithReport(<MeetingForm />)
      await userEvent.clear(dateField())
      await userEvent.type(dateField(), typed)
      await userEvent.tab()
      expect(store.getReport().meeting.date).toBe('2027-01-14')
      expect(dateField()).toHaveValue('14.1.2027')
      expect(dateField()).not.toHaveAttribute('aria-invalid', 'true')
      await waitFor(() => expect(saves.at(-1)?.report.meeting.date).toBe('2027-01-14'))
    }
  )

  it.each([
    ['280220277', /Päivämäärää ei tunnistettu/],
    ['31.2.2027', /Tätä päivää ei ole kalenterissa/],
    ['14.1.2150', /Vuoden pitää olla välillä 2000–2100/]
  ])('refuses %s in the field and keeps the saved date', async (typed, message) => {
    const { store } = renderWithReport(<MeetingForm />)
    await userEvent.clear(dateField())
    await userEvent.type(dateField(), typed)
    await userEvent.tab()
    expect(dateField()).toHaveValue(typed)
    expect(dateField()).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText(message)).toBeInTheDocument()
    expect(store.getSavableReport().meeting.date).toBe('2021-10-25')
    expect(store.hasUnsavedChanges()).toBe(true)
  })

  it('shows the date in the UI language: 25 October 2021 in English, 25.10.2021 in Swedish', async () => {
    await setUiLanguage('en')
    const { unmount } = renderWithReport(<MeetingForm />)
    expect(dateField()).toHaveValue('25 October 2021')
    unmount()
    await setUiLanguage('sv')
    renderWithReport(<MeetingForm />)
    expect(dateField()).toHaveValue('25.10.2021')
  })

  it('reads a time typed with a point and shows it the Finnish way', async () => {
    const { store } = renderWithReport(<MeetingForm />)
    const time = screen.getByRole('textbox', { name: /Kellonaika/ })
    await userEvent.clear(time)
    await userEvent.type(time, '9.30')
    await userEvent.tab()
    expect(store.getReport().meeting.time).toBe('09:30')
    expect(time).toHaveValue('9.30')
  })
})

describe('the title bar', () => {
  it('names the meeting date once, even when the title already has it', () => {
    renderWithReport(
      <ReportTitle />,
      makeReport({
        title: 'Kansliapäälliköiden kokous 14.1.2027',
        meeting: { ...makeReport().meeting, date: '2027-01-14' }
      })
    )
    expect(screen.getByRole('heading')).toHaveTextContent(/^Kansliapäälliköiden kokous 14\.1\.2027$/)
  })

  it('adds the date in the UI language when the title has none', async () => {
    await setUiLanguage('en')
    renderWithReport(<ReportTitle />, makeReport({ title: 'Permanent secretaries' }))
    expect(screen.getByRole('heading')).toHaveTextContent(/^Permanent secretaries 25 October 2021$/)
  })
})
