/** Chooses the screen for the current view. Feature folders own the screens. */
import { lazy, Suspense } from 'react'
import { Spinner } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { View } from './state/navigation'
import { LibraryView } from './features/library/LibraryView'
import { SettingsView } from './features/settings/SettingsView'
import { ReportView } from './features/report/ReportView'
import { MainNav } from './components/MainNav'
import { BackToReport } from './features/settings/BackToReport'

const TemplatesView = lazy(() => import('./features/templates/TemplatesView'))

export function Shell({ view }: { view: View }) {
  const { t } = useTranslation()
  switch (view.name) {
    case 'library':
      return (
        <>
          <MainNav current="library" />
          <LibraryView key={view.nonce} intent={view.intent} />
        </>
      )
    case 'report':
      return <ReportView key={`${view.reportId}:${view.reload ?? 0}`} view={view} />
    case 'templates':
      return (
        <>
          <MainNav current="templates" />
          <Suspense fallback={<Spinner label={t('loading')} />}>
            <TemplatesView templateId={view.templateId} />
          </Suspense>
        </>
      )
    case 'settings':
      return (
        <>
          {view.from ? <BackToReport place={view.from} /> : <MainNav current="settings" />}
          <SettingsView />
        </>
      )
  }
}
