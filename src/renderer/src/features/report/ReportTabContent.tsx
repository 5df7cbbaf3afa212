/** The body of the report view for the selected tab. Tabs with their own libraries (diff, charts) load lazily. */
import { lazy, Suspense } from 'react'
import { Spinner } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { ReportTab, View } from '../../state/navigation'
import { SectionsTab } from '../editor/SectionsTab'
import { OverviewBoard } from '../overview/OverviewBoard'
import { ActionsView } from '../overview/ActionsView'
import { MeetingForm } from '../details/MeetingForm'
import { ReportDetailsForm } from '../details/ReportDetailsForm'
import { ContributionsTab } from '../contributions/ContributionsTab'

const ChangesView = lazy(() => import('../changes/ChangesView').then((m) => ({ default: m.ChangesView })))
const KeyFiguresView = lazy(() =>
  import('../key-figures/KeyFiguresView').then((m) => ({ default: m.KeyFiguresView }))
)

export interface TabProps {
  view: Extract<View, { name: 'report' }>
  /** Switches tab (flushing the save first); with a section id, opens that section. */
  selectTab: (tab: ReportTab, sectionId?: string) => void
}

export function ReportTabContent(props: TabProps) {
  const { t } = useTranslation()
  return (
    <Suspense fallback={<Spinner className="page-spinner" label={t('loading')} />}>
      <TabBody {...props} />
    </Suspense>
  )
}

function TabBody({ view, selectTab }: TabProps) {
  switch (view.tab) {
    case 'sections':
      return <SectionsTab sectionId={view.sectionId} selectTab={selectTab} />
    case 'overview':
      return <OverviewBoard selectTab={selectTab} />
    case 'keyFigures':
      return <KeyFiguresView />
    case 'actions':
      return <ActionsView selectTab={selectTab} />
    case 'meeting':
      return <MeetingForm />
    case 'details':
      return <ReportDetailsForm />
    case 'changes':
      return <ChangesView />
    case 'contributions':
      return <ContributionsTab />
  }
}
