/** Renders a component as the app would: Fluent theme, i18n (fi), notices, and an open report in a ReportStore. */
import type { ReactElement } from 'react'
import { render, type RenderResult } from '@testing-library/react'
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { NoticeProvider } from '../../../src/renderer/src/components/notices'
import { ReportStore, type SaveFn } from '../../../src/renderer/src/state/report-store'
import { ReportStoreContext } from '../../../src/renderer/src/state/use-report'
import { NavigationContext } from '../../../src/renderer/src/state/navigation-context'
import type { View } from '../../../src/renderer/src/state/navigation'
import type { Report } from '../../../src/shared/model'
import { SCHEMA_VERSION } from '../../../src/shared/model'

/** A minimal valid report; override what the test needs. */
export function makeReport(overrides: Partial<Report> = {}): Report {
  const now = '2021-10-20T10:00:00.000Z'
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'r1',
    revision: 1,
    title: 'Kansliapäälliköiden kokous',
    language: 'fi',
    state: 'draft',
    version: '1',
    author: '',
    organisation: 'VM',
    classification: { level: 'public', legalBasis: '' },
    diaryNumber: 'VN/1234/2021',
    createdAt: now,
    updatedAt: now,
    meeting: {
      name: 'Kansliapäälliköiden ja valtiosihteerien kokous',
      date: '2021-10-25',
      time: '14:00',
      place: 'Säätytalo, Helsinki',
      chair: '',
      secretary: '',
      participants: [],
      agenda: []
    },
    sections: [],
    ...overrides
  }
}

export interface RenderWithReport extends RenderResult {
  store: ReportStore
  saves: Array<{ report: Report; baseRevision: number }>
  navigations: View[]
}

/** Renders `ui` inside an open report; saves succeed and are recorded. */
export function renderWithReport(ui: ReactElement, report: Report = makeReport()): RenderWithReport {
  const saves: Array<{ report: Report; baseRevision: number }> = []
  const navigations: View[] = []
  const save: SaveFn = async (input) => {
    saves.push(input)
    return { ok: true, value: { revision: input.baseRevision + 1, updatedAt: new Date().toISOString() } }
  }
  const store = new ReportStore(report, save, false, 10)
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <NavigationContext.Provider value={(view) => navigations.push(view)}>
        <NoticeProvider>
          <ReportStoreContext.Provider value={store}>{ui}</ReportStoreContext.Provider>
        </NoticeProvider>
      </NavigationContext.Provider>
    </FluentProvider>
  )
  return { ...result, store, saves, navigations }
}
