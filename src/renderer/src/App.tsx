/** The application frame: Fluent theme, notices, and the current view. */
import { useCallback, useEffect, useState } from 'react'
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { NoticeProvider } from './components/notices'
import { NavigationContext } from './state/navigation-context'
import type { View } from './state/navigation'
import { Shell } from './Shell'

export function App() {
  const [view, setView] = useState<View>({ name: 'library' })
  const navigate = useCallback((next: View) => setView(next), [])
  useEffect(() => {
    // The main process asks before closing; with no report open there is nothing to flush.
    return window.api.events.on('app:flush', () => {
      if (view.name !== 'report') void window.api.app.readyToClose({})
    })
  }, [view.name])
  return (
    <FluentProvider theme={webLightTheme} className="app-root">
      <NavigationContext.Provider value={navigate}>
        <NoticeProvider>
          <Shell view={view} />
        </NoticeProvider>
      </NavigationContext.Provider>
    </FluentProvider>
  )
}
