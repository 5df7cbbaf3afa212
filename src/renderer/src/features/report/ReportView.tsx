/** One open report: the top bar with its views, the save state and export; the chosen view below. */
import { useCallback } from 'react'
import { Button, MessageBar, MessageBarBody, Spinner, Tab, TabList } from '@fluentui/react-components'
import { ArrowLeftRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { ReportTab, View } from '../../state/navigation'
import { useNavigate } from '../../state/navigation-context'
import { ReportStoreContext } from '../../state/use-report'
import { SaveIndicator } from './SaveIndicator'
import { useReportSession } from './useReportSession'
import { ReportTitle } from './ReportTitle'
import { ReportTabContent } from './ReportTabContent'
import { ExportButton } from '../export/ExportButton'
import { ContributorBanner } from '../contributions/ContributorBanner'
import { useContributionListing } from '../contributions/use-contribution-listing'
import { SectionsFixedContext } from '../contributions/sections-fixed'
import { SettingsButton } from './SettingsButton'
import { FindInReport } from '../find/FindInReport'
import { LeaveGuard } from './LeaveGuard'

const TABS: ReportTab[] = [
  'sections',
  'overview',
  'keyFigures',
  'actions',
  'meeting',
  'details',
  'changes',
  'contributions'
]
/** A contribution holds only the requested sections: the other views would show an empty report. */
const CONTRIBUTOR_TABS: ReportTab[] = ['sections']

export function ReportView({ view }: { view: Extract<View, { name: 'report' }> }) {
  const { t } = useTranslation()
  const { t: te } = useTranslation('errors')
  const navigate = useNavigate()
  const session = useReportSession(view.reportId)
  const contributions = useContributionListing(view.reportId)
  const contribution = contributions.listing?.contribution
  const store = session.status === 'ready' ? session.store : undefined
  const selectTab = useCallback(
    (tab: ReportTab, sectionId?: string) => {
      void store?.flush()
      navigate({ ...view, tab, sectionId: sectionId ?? view.sectionId })
    },
    [navigate, store, view]
  )

  if (session.status === 'loading') return <Spinner className="page-spinner" label={t('loading')} />
  if (session.status === 'error') {
    return (
      <main className="page">
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{te(session.error.code)}</MessageBarBody>
        </MessageBar>
        <Button onClick={() => navigate({ name: 'library' })}>{t('nav.backToLibrary')}</Button>
      </main>
    )
  }
  return (
    <ReportStoreContext.Provider value={session.store}>
      <div className="report-view">
        <header className="top-bar">
          <Button
            appearance="subtle"
            icon={<ArrowLeftRegular />}
            onClick={() => navigate({ name: 'library' })}
            aria-label={t('nav.backToLibrary')}
          >
            {t('nav.library')}
          </Button>
          <ReportTitle />
          <SaveIndicator />
          <ExportButton />
          <SettingsButton place={view} />
        </header>
        <LeaveGuard store={session.store} reportId={view.reportId} />
        <nav aria-label={t('nav.reportViews')} className="report-tabs">
          <TabList
            selectedValue={view.tab}
            onTabSelect={(_, data) => selectTab(data.value as ReportTab)}
            size="small"
          >
            {(contribution ? CONTRIBUTOR_TABS : TABS).map((tab) => (
              <Tab key={tab} value={tab}>
                {/* The key-figures feature keeps its words in its own namespace. */}
                {tab === 'keyFigures' || tab === 'contributions' ? t(`${tab}:tab`) : t(`tabs.${tab}`)}
              </Tab>
            ))}
          </TabList>
        </nav>
        {contribution && <ContributorBanner info={contribution} onReturned={contributions.reload} />}
        {session.readOnlyReason && (
          <MessageBar intent="warning">
            <MessageBarBody>{t(`readOnly.${session.readOnlyReason}`)}</MessageBarBody>
          </MessageBar>
        )}
        <FindInReport tab={view.tab} sectionId={view.sectionId} selectTab={selectTab} />
        <SectionsFixedContext.Provider value={Boolean(contribution)}>
          <ReportTabContent view={view} selectTab={selectTab} />
        </SectionsFixedContext.Provider>
      </div>
    </ReportStoreContext.Provider>
  )
}
