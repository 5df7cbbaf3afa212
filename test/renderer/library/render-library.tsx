/** Renders the library view as the app does (theme, notices, navigation). */
import { render, type RenderResult } from '@testing-library/react'
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { NoticeProvider } from '../../../src/renderer/src/components/notices'
import { NavigationContext } from '../../../src/renderer/src/state/navigation-context'
import type { View } from '../../../src/renderer/src/state/navigation'
import { LibraryView } from '../../../src/renderer/src/features/library/LibraryView'
import { resetShownProblems } from '../../../src/renderer/src/features/library/use-library-problems'

/** Renders the library over whatever the fake api answers (usually a memoryLibrary). */
export function renderLibrary(): RenderResult & { navigations: View[] } {
  resetShownProblems()
  const navigations: View[] = []
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <NavigationContext.Provider value={(view) => navigations.push(view)}>
        <NoticeProvider>
          <LibraryView />
        </NoticeProvider>
      </NavigationContext.Provider>
    </FluentProvider>
  )
  return { ...result, navigations }
}
