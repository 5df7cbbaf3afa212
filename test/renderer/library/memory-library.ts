/**
 * An in-memory library answering the fake api's library operations (list, settings, create, rename, delete, trash,
 * restore), so the library view runs as in the app. A test overrides one operation through `handlers`.
 */
import { handlers, ServiceError } from '../support/fake-api'
import { makeReport } from '../support/render'
import type { LibraryProblem, TrashEntry } from '../../../src/shared/contract'
import type { ReportSummary, Settings, Template } from '../../../src/shared/model'

export interface MemoryLibrary {
  reports: ReportSummary[]
  trash: Array<ReportSummary & { deletedAt: string }>
  settings: Settings
  problems: LibraryProblem[]
}

/** A summary as the library index holds it. */
export function summary(overrides: Partial<ReportSummary> & { id: string }): ReportSummary {
  return {
    title: `Tilannekuva ${overrides.id}`,
    meetingName: '',
    meetingDate: '2021-10-25',
    state: 'draft',
    language: 'fi',
    updatedAt: '2021-10-25T11:32:00.000Z',
    sectionCount: 13,
    ...overrides
  }
}

const BUILT_IN: Template = {
  schemaVersion: 1,
  id: 'digitalisation',
  version: 1,
  builtIn: true,
  name: {
    fi: 'Julkisen hallinnon digitalisaation tilannekuva',
    sv: 'Lägesbild',
    en: 'Digitalisation report'
  },
  description: {},
  sections: []
}

/** Fills the fake api with a library holding `reports`; returns its state, which the handlers change. */
export function memoryLibrary(reports: ReportSummary[] = []): MemoryLibrary {
  const lib: MemoryLibrary = {
    reports: [...reports],
    trash: [],
    settings: { uiLanguage: 'fi', recentReportIds: [] },
    problems: []
  }
  const created = (title: string) => {
    const report = makeReport({ id: `new${lib.reports.length + 1}`, title })
    lib.reports.push(summary({ id: report.id, title, meetingDate: report.meeting.date }))
    return report
  }
  const inTrash = (entry: ReportSummary & { deletedAt: string }): TrashEntry => ({
    id: entry.id,
    title: entry.title,
    deletedAt: entry.deletedAt
  })
  Object.assign(handlers, {
    'reports.list': () => ({ reports: [...lib.reports], problems: lib.problems }),
    'settings.get': () => lib.settings,
    'settings.update': (patch) => (lib.settings = { ...lib.settings, ...patch }),
    'reports.search': () => [],
    'templates.list': () => [BUILT_IN],
    'reports.create': ({ title }) => created(title ?? ''),
    'reports.importExample': () => created('Esimerkki: kansliapäälliköiden kokous'),
    'reports.importFile': () => null,
    'reports.duplicate': ({ id }) => created(`${lib.reports.find((r) => r.id === id)?.title} (kopio)`),
    'reports.rename': ({ id, title }) => {
      lib.reports = lib.reports.map((r) => (r.id === id ? { ...r, title } : r))
      return { revision: 2, updatedAt: '2021-10-26T10:00:00.000Z' }
    },
    'reports.delete': ({ id }) => {
      const gone = lib.reports.find((r) => r.id === id)
      if (!gone) throw new ServiceError('not_found')
      lib.reports = lib.reports.filter((r) => r !== gone)
      lib.trash.push({ ...gone, deletedAt: '2021-10-26T09:00:00.000Z' })
      return null
    },
    'reports.listTrash': () => lib.trash.map(inTrash),
    'reports.restore': ({ id }) => {
      const back = lib.trash.find((r) => r.id === id)
      if (!back) throw new ServiceError('not_found')
      lib.trash = lib.trash.filter((r) => r !== back)
      const { deletedAt: _deletedAt, ...restored } = back
      lib.reports.push(restored)
      return restored
    }
  } satisfies typeof handlers)
  return lib
}
