import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ReportDetailsForm } from '../../../src/renderer/src/features/details/ReportDetailsForm'
import { makeReport, renderWithReport } from '../support/render'

describe('ReportDetailsForm', () => {
  it('shows the report details and saves a changed title', async () => {
    const { store, saves } = renderWithReport(<ReportDetailsForm />)
    const title = screen.getByRole('textbox', { name: 'Otsikko' })
    expect(title).toHaveValue('Kansliapäälliköiden kokous')
    await userEvent.clear(title)
    await userEvent.type(title, 'Tilannekuva 25.10.')
    expect(store.getReport().title).toBe('Tilannekuva 25.10.')
    await waitFor(() => expect(saves.at(-1)?.report.title).toBe('Tilannekuva 25.10.'))
  })

  it('requires a legal basis for a secret document and clears the error once written', async () => {
    const { store } = renderWithReport(<ReportDetailsForm />)
    expect(screen.queryByRole('textbox', { name: /Salassapitoperuste/ })).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('radio', { name: 'Salassa pidettävä – SALASSA PIDETTÄVÄ' }))
    expect(store.getReport().classification.level).toBe('secret')
    const basis = screen.getByRole('textbox', { name: /Salassapitoperuste/ })
    expect(basis).toBeRequired()
    expect(screen.getByText(/Kirjoita salassapitoperuste/)).toBeInTheDocument()
    await userEvent.type(basis, 'JulkL 24.1 § 7 k')
    expect(store.getReport().classification).toEqual({ level: 'secret', legalBasis: 'JulkL 24.1 § 7 k' })
    expect(screen.queryByText(/Kirjoita salassapitoperuste/)).not.toBeInTheDocument()
  })

  it('offers no TL III–I levels and says why', () => {
    renderWithReport(<ReportDetailsForm />)
    const group = screen.getByRole('radiogroup', { name: /turvallisuusluokitusmerkintä/ })
    expect(within(group).getAllByRole('radio')).toHaveLength(4)
    expect(
      within(group).queryByRole('radio', { name: /LUOTTAMUKSELLINEN|SALAINEN$/ })
    ).not.toBeInTheDocument()
    expect(screen.getByText(/ei ole hyväksytty käsittely-ympäristö/)).toBeInTheDocument()
  })

  it('hints gently at an unusual diary number without refusing it', async () => {
    const { store } = renderWithReport(<ReportDetailsForm />, makeReport({ diaryNumber: '' }))
    expect(screen.queryByText(/yleensä muotoa/)).not.toBeInTheDocument()
    await userEvent.type(screen.getByRole('textbox', { name: 'Diaarinumero' }), '1234-2021')
    expect(screen.getByText(/yleensä muotoa VN\/1234\/2021/)).toBeInTheDocument()
    expect(store.getReport().diaryNumber).toBe('1234-2021')
  })

  it('stores a ministry by its code and another organisation as free text', async () => {
    const { store } = renderWithReport(<ReportDetailsForm />, makeReport({ organisation: '' }))
    const select = screen.getByRole('combobox', { name: 'Organisaatio' })
    expect(
      within(select).getByRole('option', { name: 'liikenne- ja viestintäministeriö (LVM)' })
    ).toBeInTheDocument()
    fireEvent.change(select, { target: { value: 'LVM' } })
    expect(store.getReport().organisation).toBe('LVM')
    fireEvent.change(select, { target: { value: '__other' } })
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Organisaation nimi' }),
      'Digi- ja väestötietovirasto'
    )
    expect(store.getReport().organisation).toBe('Digi- ja väestötietovirasto')
    expect(select).toHaveValue('__other')
  })

  it('changes the document language and state', async () => {
    const { store } = renderWithReport(<ReportDetailsForm />)
    fireEvent.change(screen.getByRole('combobox', { name: /Asiakirjan kieli/ }), { target: { value: 'sv' } })
    await userEvent.click(screen.getByRole('radio', { name: 'Valmis' }))
    expect(store.getReport()).toMatchObject({ language: 'sv', state: 'final' })
  })
})
