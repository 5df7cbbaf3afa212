/**
 * The legal basis of secrecy is asked wherever the class needs one — secret and TL IV (Decree 1101/2019; Openness Act
 * 621/1999 24 §) — and a basis never stays stored out of sight: a class without one clears it (and says so), and
 * choosing a class with one again in the same view brings it back.
 */
import { describe, expect, it } from 'vitest'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ReportDetailsForm } from '../../../src/renderer/src/features/details/ReportDetailsForm'
import { makeReport, renderWithReport } from '../support/render'

const radio = (name: RegExp) => screen.getByRole('radio', { name })
const basisField = () => screen.queryByRole('textbox', { name: /Salassapitoperuste/ })

describe('the legal basis of a classification', () => {
  it('is asked, and required, for a TL IV document', async () => {
    const { store } = renderWithReport(<ReportDetailsForm />)
    await userEvent.click(radio(/TL IV/))
    const basis = basisField()
    expect(basis).toBeRequired()
    expect(basis).toHaveAccessibleDescription(/asetus 1101\/2019.*24 §/)
    expect(screen.getByText(/Kirjoita salassapitoperuste/)).toBeInTheDocument()
    await userEvent.type(basis as HTMLElement, 'JulkL 24.1 § 7 k')
    expect(store.getReport().classification).toEqual({ level: 'restricted', legalBasis: 'JulkL 24.1 § 7 k' })
  })

  it('stays in sight from secret to TL IV, is cleared with a message for public, and comes back for secret', async () => {
    const { store } = renderWithReport(
      <ReportDetailsForm />,
      makeReport({ classification: { level: 'secret', legalBasis: 'JulkL 24.1 § 7 k' } })
    )
    const user = userEvent.setup()
    await user.click(radio(/TL IV/))
    expect(basisField()).toHaveValue('JulkL 24.1 § 7 k')

    await user.click(radio(/^Julkinen/))
    expect(basisField()).not.toBeInTheDocument()
    expect(store.getReport().classification).toEqual({ level: 'public', legalBasis: '' })
    expect(screen.getByRole('status')).toHaveTextContent(/JulkL 24\.1 § 7 k poistettiin/)

    await user.click(radio(/^Salassa pidettävä/))
    expect(basisField()).toHaveValue('JulkL 24.1 § 7 k')
    expect(store.getReport().classification).toEqual({ level: 'secret', legalBasis: 'JulkL 24.1 § 7 k' })
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })
})
