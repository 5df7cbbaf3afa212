/** The application frame: Fluent theme, notices, the current view, and the application menu's commands. */
import { useCallback, useEffect, useRef, useState } from 'react'
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { NoticeProvider } from './components/notices'
import { HelpHost } from './components/HelpHost'
import { ContributionOpener } from './features/contributions/ContributionOpener'
import { AboutHost } from './components/AboutHost'
import { NavigationContext } from './state/navigation-context'
import { settingsFrom, type View } from './state/navigation'
import { navigateGuarded } from './state/leave-guard'
import { Shell } from './Shell'

export function App() {
  const [view, setView] = useState<View>({ name: 'library' })
  // Every move goes past the open report's guard: it asks before text a field refuses would be dropped.
  const navigate = useCallback((next: View) => navigateGuarded(next, setView), [])
  const nonce = useRef(0)
  // The menu's Settings remembers the report it was opened from, so "back" returns there.
  const current = useRef(view)
  useEffect(() => {
    current.current = view
  }, [view])
  useEffect(() => {
    // The main process asks before closing; with no report open there is nothing to flush.
    return window.api.events.on('app:flush', () => {
      if (view.name !== 'report') void window.api.app.readyToClose({})
    })
  }, [view.name])
  useEffect(
    () =>
      window.api.events.on('menu:command', (command) => {
        // Leaving a report unmounts its view, which flushes its save first.
        if (command === 'open-library') navigate({ name: 'library' })
        else if (command === 'new-report')
          navigate({ name: 'library', intent: 'create', nonce: ++nonce.current })
        else if (command === 'import-report')
          navigate({ name: 'library', intent: 'import', nonce: ++nonce.current })
        else if (command === 'templates') navigate({ name: 'templates' })
        else if (command === 'settings') navigate(settingsFrom(current.current))
      }),
    [navigate]
  )
  return (
    // An id, not a class: Fluent copies the provider's classes to every portal (tooltips, menus, dialogs), and a
    // full-height layout class there covered the window with the provider's white background.
    <FluentProvider theme={webLightTheme} id="app-root">
      <NavigationContext.Provider value={navigate}>
        <NoticeProvider scope={view.name === 'report' ? view.reportId : undefined}>
          <Shell view={view} />
          <HelpHost />
          <ContributionOpener />
          <AboutHost />
        </NoticeProvider>
      </NavigationContext.Provider>
    </FluentProvider>
  )
}
