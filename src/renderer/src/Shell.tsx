/** Chooses the screen for the current view. Feature folders own the screens; all but the library load lazily. */
import { Suspense, useEffect } from 'react'
import { Spinner } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { View } from './state/navigation'
import { LibraryView } from './features/library/LibraryView'
import { MainNav } from './components/MainNav'
import { BackToReport } from './features/settings/BackToReport'
import { preloadViews, ReportView, SettingsView, TemplatesView } from './lazy-views'

export function Shell({ view }: { view: View }) {
  const { t } = useTranslation()
  useEffect(preloadViews, [])
  const loading = <Spinner className="page-spinner" label={t('loading')} />
  switch (view.name) {
    case 'library':
      return (
        <>
          <MainNav current="library" />
          <LibraryView key={view.nonce} intent={view.intent} />
        </>
      )
    case 'report':
      return (
        <Suspense fallback={loading}>
          <ReportView key={`${view.reportId}:${view.reload ?? 0}`} view={view} />
        </Suspense>
      )
    case 'templates':
      return (
        <>
          <MainNav current="templates" />
          <Suspense fallback={loading}>
            <TemplatesView templateId={view.templateId} />
          </Suspense>
        </>
      )
    case 'settings':
      return (
        <>
          {view.from ? <BackToReport place={view.from} /> : <MainNav current="settings" />}
          <Suspense fallback={loading}>
            <SettingsView />
          </Suspense>
        </>
      )
  }
}
