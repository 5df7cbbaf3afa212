/** The library screen as a user meets it: first run, sorting, filtering, search, create, delete with undo. */
import { describe, expect, it } from 'vitest'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { callsOf, handlers, ServiceError } from '../support/fake-api'
import { makeReport } from '../support/render'
import { memoryLibrary, summary } from './memory-library'
import { renderLibrary } from './render-library'

const titlesInTable = () =>
  within(screen.getByRole('table', { name: 'Tilannekuvat' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.querySelector('button')?.textContent)

const three = () => [
  summary({ id: 'a', title: 'Öljykriisi', meetingDate: '2021-10-25', state: 'final' }),
  summary({ id: 'b', title: 'Alueet', meetingDate: '2022-03-01' }),
  summary({ id: 'c', title: 'Tekoäly', meetingDate: '2021-05-10' })
]

describe('LibraryView', () => {
  it('greets a first-time user with two ways to start, and opens the example', async () => {
    const lib = memoryLibrary()
    const { navigations } = renderLibrary()
    await screen.findByText('Aloita uusi tilannekuva valmiista mallipohjasta tai tutustu ensin esimerkkiin.')
    expect(screen.getByRole('button', { name: 'Uusi tilannekuva mallipohjasta' })).toBeInTheDocument()
    expect(screen.queryByRole('table')).toBeNull()

    await userEvent.click(screen.getByRole('button', { name: 'Avaa esimerkki' }))
    await waitFor(() => expect(navigations).toEqual([{ name: 'report', reportId: 'new1', tab: 'sections' }]))
    await waitFor(() => expect(lib.settings.recentReportIds).toEqual(['new1']))
  })

  it('lists reports newest meeting first with Finnish dates, and sorts by title the Finnish way', async () => {
    memoryLibrary(three())
    renderLibrary()
    await screen.findByRole('table', { name: 'Tilannekuvat' })
    expect(titlesInTable()).toEqual(['Alueet', 'Öljykriisi', 'Tekoäly'])
    const first = screen.getAllByRole('row')[2]!
    expect(within(first).getByText('25.10.2021')).toBeInTheDocument()
    expect(within(first).getByText('Valmis')).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: /Otsikko/ }))
    // Finnish alphabet: Ö comes after T.
    expect(titlesInTable()).toEqual(['Alueet', 'Tekoäly', 'Öljykriisi'])
    expect(screen.getByRole('columnheader', { name: /Otsikko/ })).toHaveAttribute('aria-sort', 'ascending')
    await userEvent.click(screen.getByRole('button', { name: /Otsikko/ }))
    expect(titlesInTable()).toEqual(['Öljykriisi', 'Tekoäly', 'Alueet'])
    await userEvent.click(screen.getByRole('button', { name: /Kokouspäivä/ }))
    expect(titlesInTable()).toEqual(['Alueet', 'Öljykriisi', 'Tekoäly'])
  })

  it('filters by state and by meeting year, and says how many are shown', async () => {
    memoryLibrary(three())
    renderLibrary()
    await screen.findByRole('table')
    expect(screen.getByText('3 tilannekuvaa')).toBeInTheDocument()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Vuosi' }), '2021')
    expect(titlesInTable()).toEqual(['Öljykriisi', 'Tekoäly'])
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tila' }), 'draft')
    expect(titlesInTable()).toEqual(['Tekoäly'])
    expect(screen.getByText('Näytetään 1/3')).toBeInTheDocument()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Vuosi' }), 'all')
    expect(titlesInTable()).toEqual(['Alueet', 'Tekoäly'])
  })

  it('searches in main and shows only the matching reports; Ctrl+F goes to the search box', async () => {
    memoryLibrary(three())
    handlers['reports.search'] = ({ query }) => (query.includes('tekoaly') ? ['c'] : [])
    renderLibrary()
    await screen.findByRole('table')
    const search = screen.getByRole('searchbox', { name: 'Hae' })
    fireEvent.keyDown(window, { key: 'f', ctrlKey: true })
    expect(search).toHaveFocus()
    await userEvent.type(search, 'tekoaly')
    await waitFor(() => expect(titlesInTable()).toEqual(['Tekoäly']))
    expect(callsOf('reports.search').at(-1)).toEqual({ query: 'tekoaly' })
    await userEvent.clear(search)
    await waitFor(() => expect(titlesInTable()).toHaveLength(3))
  })

  it('moves a report to the trash and brings it back with Undo', async () => {
    memoryLibrary(three())
    renderLibrary()
    await screen.findByRole('table')
    await userEvent.click(screen.getByRole('button', { name: 'Toiminnot: Tekoäly' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Siirrä roskakoriin' }))
    await waitFor(() => expect(titlesInTable()).toEqual(['Alueet', 'Öljykriisi']))
    expect(screen.getByText('Tilannekuva ”Tekoäly” siirrettiin roskakoriin.')).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: 'Kumoa' }))
    await waitFor(() => expect(titlesInTable()).toEqual(['Alueet', 'Öljykriisi', 'Tekoäly']))
    expect(callsOf('reports.restore')).toEqual([{ id: 'c' }])
  })

  it('shows a translated message when deleting fails, and keeps the report listed', async () => {
    memoryLibrary(three())
    handlers['reports.delete'] = () => {
      throw new ServiceError('disk_full')
    }
    renderLibrary()
    await screen.findByRole('table')
    await userEvent.click(screen.getByRole('button', { name: 'Toiminnot: Alueet' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Siirrä roskakoriin' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('levy on täynnä')
    expect(titlesInTable()).toHaveLength(3)
  })

  it('creates a report from the built-in template in the chosen language and opens its sections', async () => {
    memoryLibrary(three())
    const { navigations } = renderLibrary()
    await screen.findByRole('table')
    await userEvent.click(screen.getByRole('button', { name: 'Uusi tilannekuva' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByRole('heading')).toHaveTextContent('Uusi tilannekuva')
    await within(dialog).findByRole('option', {
      name: /Julkisen hallinnon digitalisaation tilannekuva/
    })
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Asiakirjan kieli' }), 'sv')
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Otsikko/ }), 'Kokous 3/2022')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Luo tilannekuva' }))

    await waitFor(() => expect(navigations).toHaveLength(1))
    expect(callsOf('reports.create')).toEqual([
      { language: 'sv', title: 'Kokous 3/2022', templateId: 'digitalisation', carryNotes: false }
    ])
    expect(navigations[0]).toEqual({ name: 'report', reportId: 'new4', tab: 'sections' })
  })

  it('creates the next report from a previous one, copying notes when asked', async () => {
    memoryLibrary(three())
    renderLibrary()
    await screen.findByRole('table')
    await userEvent.click(screen.getByRole('button', { name: 'Uusi tilannekuva' }))
    const dialog = await screen.findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Edellinen tilannekuva' }))
    // The latest meeting is offered first.
    expect(within(dialog).getByRole('combobox', { name: 'Edellinen tilannekuva' })).toHaveValue('b')
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Kopioi myös muistiinpanot' }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Luo tilannekuva' }))
    await waitFor(() => expect(callsOf('reports.create')).toHaveLength(1))
    expect(callsOf('reports.create')[0]).toEqual({
      language: 'fi',
      previousReportId: 'b',
      carryNotes: true
    })
  })

  it('renames a report through a dialog', async () => {
    memoryLibrary(three())
    renderLibrary()
    await screen.findByRole('table')
    await userEvent.click(screen.getByRole('button', { name: 'Toiminnot: Alueet' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Nimeä uudelleen' }))
    const dialog = await screen.findByRole('dialog', { name: 'Nimeä tilannekuva uudelleen' })
    const field = within(dialog).getByRole('textbox', { name: /Uusi otsikko/ })
    expect(field).toHaveFocus()
    expect(field).toHaveValue('Alueet')
    await userEvent.clear(field)
    await userEvent.type(field, 'Alueellinen tilannekuva{Enter}')
    await waitFor(() => expect(titlesInTable()).toContain('Alueellinen tilannekuva'))
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
  })

  it('restores a report from the trash dialog', async () => {
    const lib = memoryLibrary(three())
    lib.trash.push({
      ...summary({ id: 'old', title: 'Vanha raportti' }),
      deletedAt: '2021-10-26T09:00:00.000Z'
    })
    renderLibrary()
    await screen.findByRole('table')
    await userEvent.click(screen.getByRole('button', { name: 'Roskakori' }))
    const dialog = await screen.findByRole('dialog', { name: 'Roskakori' })
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Palauta Vanha raportti' }))
    expect(await within(dialog).findByText('Roskakori on tyhjä.')).toBeInTheDocument()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sulje' }))
    await waitFor(() => expect(titlesInTable()).toContain('Vanha raportti'))
  })

  it('warns about a damaged file moved aside and offers to restore its backup', async () => {
    const lib = memoryLibrary(three())
    lib.problems = [
      {
        file: '/data/reports/x1.json',
        kind: 'invalid_json',
        reportId: 'x1',
        backupId: 'b7',
        movedTo: '/data/x'
      }
    ]
    handlers['reports.restoreBackup'] = () => makeReport({ id: 'x1', title: 'Palautettu' })
    renderLibrary()
    const warning = await screen.findByText(/Raporttitiedosto x1.json oli vioittunut/)
    expect(warning).toHaveTextContent('Raportista on varmuuskopio, jonka voit palauttaa.')
    await userEvent.click(screen.getByRole('button', { name: 'Palauta varmuuskopio' }))
    await waitFor(() => expect(callsOf('reports.restoreBackup')).toEqual([{ id: 'x1', backupId: 'b7' }]))
  })

  it('mounts only the first 200 of 1 000 reports and shows more on request', async () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      summary({ id: `r${i}`, title: `Raportti ${i}`, meetingDate: `20${10 + (i % 12)}-01-15` })
    )
    const lib = memoryLibrary(many)
    lib.settings.recentReportIds = ['r5']
    const { navigations } = renderLibrary()
    const table = await screen.findByRole('table')
    // Counted with a selector: role queries over hundreds of rows are what is slow in jsdom, not the view.
    const rows = () => table.querySelectorAll('tbody tr').length
    expect(rows()).toBe(200)
    expect(screen.getByText('1000 tilannekuvaa')).toBeInTheDocument()
    await act(async () => screen.getByRole('button', { name: 'Näytä 200 lisää (800 jäljellä)' }).click())
    expect(rows()).toBe(400)

    const recent = screen.getByRole('navigation', { name: 'Viimeksi avatut' })
    await userEvent.click(within(recent).getByRole('button', { name: 'Raportti 5' }))
    expect(navigations).toEqual([{ name: 'report', reportId: 'r5', tab: 'sections' }])
  }, 90_000)
})
