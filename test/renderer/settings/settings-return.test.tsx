/** Settings from inside a report, and back to the same report, tab and section. */
import { describe, expect, it } from 'vitest'
import { fireEvent, render, screen } from '@testing-library/react'
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { NavigationContext } from '../../../src/renderer/src/state/navigation-context'
import { settingsFrom, type ReportPlace, type View } from '../../../src/renderer/src/state/navigation'
import { SettingsButton } from '../../../src/renderer/src/features/report/SettingsButton'
import { BackToReport } from '../../../src/renderer/src/features/settings/BackToReport'

const PLACE: ReportPlace = { name: 'report', reportId: 'r1', tab: 'sections', sectionId: 's3' }

function renderWithNavigation(ui: React.ReactElement) {
  const navigations: View[] = []
  render(
    <FluentProvider theme={webLightTheme}>
      <NavigationContext.Provider value={(view) => navigations.push(view)}>{ui}</NavigationContext.Provider>
    </FluentProvider>
  )
  return navigations
}

describe('settings from a report', () => {
  it('opens from a button in the report and remembers the tab and section', () => {
    const navigations = renderWithNavigation(<SettingsButton place={PLACE} />)
    fireEvent.click(screen.getByRole('button', { name: 'Asetukset' }))
    expect(navigations).toEqual([{ name: 'settings', from: PLACE }])
  })

  it('goes back to that report, tab and section', () => {
    const navigations = renderWithNavigation(<BackToReport place={PLACE} />)
    fireEvent.click(screen.getByRole('button', { name: 'Takaisin raporttiin' }))
    expect(navigations).toEqual([PLACE])
  })

  it('keeps the report when settings are opened again from the menu, and has none from the library', () => {
    const fromReport = settingsFrom(PLACE)
    expect(settingsFrom(fromReport)).toEqual({ name: 'settings', from: PLACE })
    expect(settingsFrom({ name: 'library' })).toEqual({ name: 'settings' })
  })
})
