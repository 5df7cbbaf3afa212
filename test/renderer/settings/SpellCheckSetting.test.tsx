import { describe, expect, it, vi } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SettingsView } from '../../../src/renderer/src/features/settings/SettingsView'
import { SectionsTab } from '../../../src/renderer/src/features/editor/SectionsTab'
import { docFromText } from '../../../src/shared/richtext'
import type { Settings } from '../../../src/shared/model'
import { makeReport, renderWithReport } from '../support/render'
import { callsOf, handlers } from '../support/fake-api'
import { makeSection } from '../editor/sections'
import { fakeSpellClient } from '../editor/spell/fake-spell-client'

const client = fakeSpellClient()
vi.mock('../../../src/renderer/src/spell/start-worker', () => ({
  startSpellWorker: () => ({ worker: {}, client })
}))

describe('the spell-checking setting', () => {
  it('is on by default and, turned off, is stored in main and removes the underlines at once', async () => {
    let settings: Settings = { uiLanguage: 'fi', recentReportIds: [] }
    handlers['settings.get'] = () => settings
    handlers['settings.update'] = (patch) => (settings = { ...settings, ...patch })
    handlers['spell.userWords'] = () => ({ fi: [], sv: [], en: [] })
    renderWithReport(
      <>
        <SettingsView />
        <SectionsTab sectionId="s1" selectTab={vi.fn()} />
      </>,
      makeReport({
        sections: [makeSection('s1', 'Kokoukset', { notes: docFromText('Seuraavassa kokouksesa.') })]
      })
    )
    const notes = screen.getByRole('textbox', { name: 'Muistiinpanot' })
    const underlines = () => notes.querySelectorAll('[aria-invalid="spelling"]').length
    await waitFor(() => expect(underlines()).toBe(1))
    const toggle = screen.getByRole('switch', { name: 'Tarkista oikeinkirjoitus' })
    expect(toggle).toBeChecked()

    await userEvent.setup().click(toggle)
    await waitFor(() => expect(underlines()).toBe(0))
    expect(toggle).not.toBeChecked()
    expect(callsOf('settings.update')).toEqual([{ spellCheck: false }])
  })
})
