/** Renders the library view as the app does (theme, notices, navigation) over an in-memory library. */
import { render, type RenderResult } from '@testing-library/react'
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { NoticeProvider } from '../../../src/renderer/src/components/notices'
import { NavigationContext } from '../../../src/renderer/src/state/navigation-context'
import type { View } from '../../../src/renderer/src/state/navigation'
import { LibraryView } from '../../../src/renderer/src/features/library/LibraryView'
import { resetShownProblems } from '../../../src/renderer/src/features/library/use-library-problems'
import type { MemoryLibrary } from './memory-api'

/**
 * `api.ts` reads `window.api` once when it is first imported, so each test file installs a stable proxy in
 * `vi.hoisted` (before imports) that forwards to `holder.api`; this points it at `lib` and renders.
 */
export function renderLibrary(
  holder: { api: unknown },
  lib: MemoryLibrary
): RenderResult & { navigations: View[] } {
  holder.api = lib.api
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
