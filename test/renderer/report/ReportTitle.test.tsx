/** The top bar names the report and its meeting day once, in the UI's date style, and shows all of it on hover. */
import { afterEach, describe, expect, it } from 'vitest'
import { act, screen } from '@testing-library/react'
import { ReportTitle } from '../../../src/renderer/src/features/report/ReportTitle'
import { setUiLanguage } from '../../../src/renderer/src/i18n'
import { makeReport, renderWithReport } from '../support/render'

afterEach(() => setUiLanguage('fi'))

function renderTitle(title: string) {
  renderWithReport(
    <ReportTitle />,
    makeReport({ title, meeting: { ...makeReport().meeting, date: '2027-01-14' } })
  )
  return screen.getByRole('heading', { level: 1 })
}

describe('the report title in the top bar', () => {
  it.each([
    ['fi', 'Kansliapäälliköiden kokous 14.1.2027', 'Kansliapäälliköiden kokous 14.1.2027'],
    ['en', 'Kansliapäälliköiden kokous 14.1.2027', 'Kansliapäälliköiden kokous 14.1.2027'],
    ['fi', 'Kokous 14.–15.1.2027', 'Kokous 14.–15.1.2027'],
    ['en', 'Meeting of January 14, 2027', 'Meeting of January 14, 2027'],
    ['fi', 'Kansliapäälliköiden kokous', 'Kansliapäälliköiden kokous 14.1.2027'],
    ['sv', 'Kanslichefsmöte', 'Kanslichefsmöte 14.1.2027'],
    ['en', 'Permanent secretaries', 'Permanent secretaries 14 January 2027']
  ] as const)('%s: "%s" reads "%s", the day once', async (language, title, shown) => {
    await act(() => setUiLanguage(language))
    const heading = renderTitle(title)
    expect(heading).toHaveTextContent(new RegExp(`^${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))
    // Cut with "…" when the bar is narrow: the whole text on hover.
    expect(heading).toHaveAttribute('title', shown)
  })
})
