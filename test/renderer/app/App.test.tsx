/** The application menu's commands and F1 reach the renderer: views change, the import picker and help open. */
import { emit, handlers, callsOf } from '../support/fake-api'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../src/renderer/src/App'

beforeEach(() => {
  handlers['reports.list'] = () => ({ reports: [], problems: [] })
  handlers['settings.get'] = () => ({ uiLanguage: 'fi', recentReportIds: [] })
  handlers['reports.listTrash'] = () => []
  handlers['templates.list'] = () => []
  handlers['reports.importFile'] = () => null
  handlers['app.info'] = () => ({ version: '1.0.0', dataDir: '/data', readOnly: false, platform: 'linux' })
})

describe('application menu commands', () => {
  it('opens settings, then the library, from the menu', async () => {
    render(<App />)
    await screen.findByRole('heading', { name: 'Tilannekuvat' })
    act(() => emit('menu:command', 'settings'))
    expect(await screen.findByRole('heading', { name: 'Asetukset' })).toBeInTheDocument()
    act(() => emit('menu:command', 'open-library'))
    expect(await screen.findByRole('heading', { name: 'Tilannekuvat' })).toBeInTheDocument()
  })

  it('opens the file picker for "Import" and the create dialog for "New report"', async () => {
    render(<App />)
    await screen.findByRole('heading', { name: 'Tilannekuvat' })
    act(() => emit('menu:command', 'import-report'))
    await screen.findByRole('heading', { name: 'Tilannekuvat' })
    await vi.waitFor(() => expect(callsOf('reports.importFile')).toHaveLength(1))
    act(() => emit('menu:command', 'new-report'))
    expect(await screen.findByRole('dialog', { name: 'Uusi tilannekuva' })).toBeInTheDocument()
  })

  it('shows the shortcut list on F1 and from the Help menu', async () => {
    render(<App />)
    await screen.findByRole('heading', { name: 'Tilannekuvat' })
    fireEvent.keyDown(window, { key: 'F1' })
    const dialog = await screen.findByRole('dialog', { name: 'Pikanäppäimet' })
    expect(within(dialog).getByText('Uusi toimenpide tähän osioon')).toBeInTheDocument()
    expect(within(dialog).getByText('Ctrl+Shift+A')).toBeInTheDocument()
    fireEvent.keyDown(dialog, { key: 'Escape' })
    await waitFor(() => expect(dialog).not.toBeInTheDocument())

    act(() => emit('menu:command', 'help'))
    expect(await screen.findByRole('dialog', { name: 'Pikanäppäimet' })).toBeInTheDocument()
  })
})
