import { callsOf, emit, handlers, ServiceError } from '../support/fake-api'
import { beforeEach, describe, expect, it } from 'vitest'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { ExportButton } from '../../../src/renderer/src/features/export/ExportButton'
import { NoticeProvider } from '../../../src/renderer/src/components/notices'
import { ReportStore, type SaveFn } from '../../../src/renderer/src/state/report-store'
import { ReportStoreContext } from '../../../src/renderer/src/state/use-report'
import type { Report } from '../../../src/shared/model'
import { makeReport, renderWithReport } from '../support/render'

/** An open report whose autosave would wait a minute: only the export's own flush can save in time. */
function renderWithSlowAutosave(report: Report, save: SaveFn) {
  const store = new ReportStore(report, save, false, 60_000)
  render(
    <FluentProvider theme={webLightTheme}>
      <NoticeProvider>
        <ReportStoreContext.Provider value={store}>
          <ExportButton />
        </ReportStoreContext.Provider>
      </NoticeProvider>
    </FluentProvider>
  )
  return store
}

const PATH = '/home/virkailija/Asiakirjat/2021-10-25 Tilannekuva.docx'

beforeEach(() => {
  handlers['export.docx'] = () => ({ path: PATH })
  handlers['export.openFile'] = () => null
  handlers['export.showInFolder'] = () => null
})

/** The dialog's surface; see the templates tests for why jsdom leaves it aria-hidden. */
const dialog = () => screen.findByRole('dialog')
const inDialog = (name: string | RegExp) => screen.getByRole('button', { name })

describe('export to Word', () => {
  it('offers the options with the report language and no guidance by default, and exports with them', async () => {
    const savedTitles: string[] = []
    const exportedAfter: string[] = []
    handlers['export.docx'] = () => {
      exportedAfter.push(...savedTitles)
      return { path: PATH }
    }
    const store = renderWithSlowAutosave(makeReport({ id: 'r-sv', language: 'sv' }), async ({ report }) => {
      savedTitles.push(report.title)
      return { ok: true, value: { revision: report.revision + 1, updatedAt: new Date().toISOString() } }
    })
    store.update((r) => ({ ...r, title: 'Typed just now' }))
    await userEvent.click(screen.getByRole('button', { name: 'Vie Word-tiedostoksi' }))
    const surface = await dialog()
    expect(within(surface).getByRole('radio', { name: 'ruotsi' })).toBeChecked()
    // Empty sections are left out (and named on one line) unless asked for; no table of contents by default.
    expect(within(surface).getByRole('checkbox', { name: 'Tyhjät osiot' })).not.toBeChecked()
    const contents = within(surface).getByRole('checkbox', {
      name: 'Sisällysluettelo sivunumeroineen'
    })
    expect(contents).not.toBeChecked()
    // Its help says what Word asks before it fills the page numbers.
    expect(contents).toHaveAccessibleDescription(/Haluatko päivittää tämän asiakirjan kentät\?” Vastaa Kyllä/)
    expect(within(surface).getByRole('checkbox', { name: 'Yleiskuvataulukko' })).toBeChecked()
    expect(within(surface).getByRole('checkbox', { name: /avointen toimenpiteiden/ })).toBeChecked()
    const guidance = within(surface).getByRole('checkbox', { name: /Kirjoitusohjeet/ })
    expect(guidance).not.toBeChecked()

    await userEvent.click(within(surface).getByRole('radio', { name: 'englanti' }))
    await userEvent.click(guidance)
    await userEvent.click(within(surface).getByRole('checkbox', { name: 'Tyhjät osiot' }))
    await userEvent.click(inDialog('Vie'))

    await waitFor(() => expect(callsOf('export.docx')).toHaveLength(1))
    // What was typed reached the disk before main read the report from it.
    expect(exportedAfter).toEqual(['Typed just now'])
    expect(callsOf('export.docx')[0]).toEqual({
      reportId: 'r-sv',
      options: {
        language: 'en',
        includeEmptySections: true,
        includeOverview: true,
        includeActionList: true,
        includeGuidance: true,
        includeContents: false,
        includeCharts: true
      }
    })
  })

  it('tells where the file went and offers to open it or show it in its folder', async () => {
    renderWithReport(<ExportButton />)
    await userEvent.click(screen.getByRole('button', { name: 'Vie Word-tiedostoksi' }))
    await dialog()
    await userEvent.click(inDialog('Vie'))
    const notice = await screen.findByText('Viety: 2021-10-25 Tilannekuva.docx')
    const bar = notice.closest('.fui-MessageBar') as HTMLElement
    // Found once the closed dialog's focus manager has given the app back to assistive technology.
    expect(await within(bar).findByRole('button', { name: 'Avaa' })).toBeInTheDocument()
    await userEvent.click(within(bar).getByRole('button', { name: 'Näytä kansiossa' }))
    expect(callsOf('export.showInFolder')).toEqual([{ path: PATH }])
    expect(callsOf('export.openFile')).toHaveLength(0)
  })

  it('shows progress and keeps the button disabled while exporting', async () => {
    let finish: (value: { path: string } | null) => void = () => {}
    handlers['export.docx'] = () => new Promise((resolve) => (finish = resolve))
    renderWithReport(<ExportButton />)
    await userEvent.click(screen.getByRole('button', { name: 'Vie Word-tiedostoksi' }))
    await dialog()
    await userEvent.click(inDialog('Vie'))
    const busy = await screen.findByRole('button', { name: /Viedään/ })
    expect(busy).toBeDisabled()
    await act(async () => finish(null))
    // Cancelled in the save dialog: no message, and the button is back.
    expect(await screen.findByRole('button', { name: 'Vie Word-tiedostoksi' })).toBeEnabled()
    expect(screen.queryByText(/Viety/)).not.toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('shows a failure as a translated message', async () => {
    handlers['export.docx'] = () => {
      throw new ServiceError('not_docx')
    }
    renderWithReport(<ExportButton />)
    await userEvent.click(screen.getByRole('button', { name: 'Vie Word-tiedostoksi' }))
    await dialog()
    await userEvent.click(inDialog('Vie'))
    expect(await screen.findByRole('alert')).toHaveTextContent('Tiedosto ei ole Word-asiakirja (.docx).')
  })

  it('does not export when the latest edits cannot be saved, and says why', async () => {
    const store = renderWithSlowAutosave(makeReport(), async () => ({
      ok: false,
      error: { code: 'disk_full' }
    }))
    store.update((r) => ({ ...r, title: 'Not on disk' }))
    await userEvent.click(screen.getByRole('button', { name: 'Vie Word-tiedostoksi' }))
    await dialog()
    await userEvent.click(inDialog('Vie'))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'viimeisimpiä muutoksia ei ole vielä tallennettu'
    )
    expect(callsOf('export.docx')).toHaveLength(0)
    store.dispose()
  })

  it('uses an organisation template picked in the dialog', async () => {
    handlers['export.pickTemplate'] = () => ({ token: 'pohja1', name: 'VM-pohja.docx' })
    renderWithReport(<ExportButton />)
    await userEvent.click(screen.getByRole('button', { name: 'Vie Word-tiedostoksi' }))
    await dialog()
    await userEvent.click(inDialog('Valitse mallipohja…'))
    expect(await screen.findByText('VM-pohja.docx')).toBeInTheDocument()
    await userEvent.click(inDialog('Vie'))
    await waitFor(() => expect(callsOf('export.docx')).toHaveLength(1))
    // Only the token main handed out travels back: the renderer names no file.
    expect(callsOf('export.docx')[0]?.options).toMatchObject({ organisationTemplate: 'pohja1' })
    expect(JSON.stringify(callsOf('export.docx')[0])).not.toContain('VM-pohja')
  })

  it('opens from the app menu command', async () => {
    renderWithReport(<ExportButton />)
    act(() => emit('menu:command', 'save'))
    // No dialog at all, not even one hidden from assistive technology.
    expect(document.querySelector('[role="dialog"]')).toBeNull()
    act(() => emit('menu:command', 'export-docx'))
    expect(await dialog()).toHaveTextContent('Asiakirjan kieli')
  })
})
