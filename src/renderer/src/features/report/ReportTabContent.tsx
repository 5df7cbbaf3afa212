/** The body of the report view for the selected tab. */
import type { ReportTab, View } from '../../state/navigation'
import { SectionsTab } from '../editor/SectionsTab'
import { OverviewBoard } from '../overview/OverviewBoard'
import { ActionsView } from '../overview/ActionsView'
import { MeetingForm } from '../details/MeetingForm'
import { ReportDetailsForm } from '../details/ReportDetailsForm'
import { ChangesView } from '../changes/ChangesView'
import { KeyFiguresView } from '../key-figures/KeyFiguresView'
import { ContributionsTab } from '../contributions/ContributionsTab'

export interface TabProps {
  view: Extract<View, { name: 'report' }>
  /** Switches tab (flushing the save first); with a section id, opens that section. */
  selectTab: (tab: ReportTab, sectionId?: string) => void
}

export function ReportTabContent({ view, selectTab }: TabProps) {
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
