/** The application frame: Fluent theme, notices, the current view, and the application menu's commands. */
import { useCallback, useEffect, useRef, useState } from 'react'
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { NoticeProvider } from './components/notices'
import { HelpHost } from './components/HelpHost'
import { AboutHost } from './components/AboutHost'
import { NavigationContext } from './state/navigation-context'
import type { View } from './state/navigation'
import { Shell } from './Shell'

export function App() {
  const [view, setView] = useState<View>({ name: 'library' })
  const navigate = useCallback((next: View) => setView(next), [])
  const nonce = useRef(0)
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
        if (command === 'open-library') setView({ name: 'library' })
        else if (command === 'new-report')
          setView({ name: 'library', intent: 'create', nonce: ++nonce.current })
        else if (command === 'import-report')
          setView({ name: 'library', intent: 'import', nonce: ++nonce.current })
        else if (command === 'templates') setView({ name: 'templates' })
        else if (command === 'settings') setView({ name: 'settings' })
      }),
    []
  )
  return (
    <FluentProvider theme={webLightTheme} className="app-root">
      <NavigationContext.Provider value={navigate}>
        <NoticeProvider>
          <Shell view={view} />
          <HelpHost />
          <AboutHost />
        </NoticeProvider>
      </NavigationContext.Provider>
    </FluentProvider>
  )
}
