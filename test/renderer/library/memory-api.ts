/**
 * An in-memory library behind the real client builder (buildApi from src/shared/client.ts), so the library view
 * talks to the same `window.api` shape as in the app. Holds summaries, trash and settings; records every call.
 */
import { buildApi } from '../../../src/shared/client'
import type { Api, Operation } from '../../../src/shared/contract'
import type { ReportSummary, Settings, Template } from '../../../src/shared/model'
import { makeReport } from '../support/render'

type Handler = (input: Record<string, unknown>) => unknown

export interface MemoryLibrary {
  api: Api
  reports: ReportSummary[]
  trash: Array<ReportSummary & { deletedAt: string }>
  settings: Settings
  calls: Array<{ operation: Operation; input: Record<string, unknown> }>
  /** Override or add an operation (e.g. to make it fail: return `{ fail: 'disk_full' }`). */
  handlers: Partial<Record<Operation, Handler>>
  problems: unknown[]
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

export const BUILT_IN: Template = {
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

/** Builds the in-memory library with `reports` in it. */
export function memoryLibrary(reports: ReportSummary[] = []): MemoryLibrary {
  const lib: MemoryLibrary = {
    api: undefined as unknown as Api,
    reports: [...reports],
    trash: [],
    settings: { uiLanguage: 'fi', recentReportIds: [] },
    calls: [],
    handlers: {},
    problems: []
  }
  const created = (title: string) => {
    const report = makeReport({ id: `new${lib.reports.length + 1}`, title })
    lib.reports.push(summary({ id: report.id, title, meetingDate: report.meeting.date }))
    return report
  }
  const defaults: Partial<Record<Operation, Handler>> = {
    'reports.list': () => ({ reports: [...lib.reports], problems: lib.problems }),
    'settings.get': () => lib.settings,
    'settings.update': (patch) => (lib.settings = { ...lib.settings, ...patch }),
    'reports.search': () => [],
    'templates.list': () => [BUILT_IN],
    'reports.create': (input) => created(String(input.title ?? '')),
    'reports.importExample': () => created('Esimerkki: kansliapäälliköiden kokous'),
    'reports.importFile': () => null,
    'reports.duplicate': (input) => created(`${lib.reports.find((r) => r.id === input.id)?.title} (kopio)`),
    'reports.rename': (input) => {
      lib.reports = lib.reports.map((r) => (r.id === input.id ? { ...r, title: String(input.title) } : r))
      return { revision: 2, updatedAt: '2021-10-26T10:00:00.000Z' }
    },
    'reports.delete': (input) => {
      const gone = lib.reports.find((r) => r.id === input.id)
      if (!gone) return { fail: 'not_found' }
      lib.reports = lib.reports.filter((r) => r !== gone)
      lib.trash.push({ ...gone, deletedAt: '2021-10-26T09:00:00.000Z' })
      return null
    },
    'reports.listTrash': () => lib.trash.map(({ id, title, deletedAt }) => ({ id, title, deletedAt })),
    'reports.restore': (input) => {
      const back = lib.trash.find((r) => r.id === input.id)
      if (!back) return { fail: 'not_found' }
      lib.trash = lib.trash.filter((r) => r !== back)
      const { deletedAt: _deletedAt, ...restored } = back
      lib.reports.push(restored)
      return restored
    }
  }
  lib.api = buildApi(
    async (operation, payload) => {
      const input = (payload ?? {}) as Record<string, unknown>
      lib.calls.push({ operation, input })
      const handler = lib.handlers[operation] ?? defaults[operation]
      if (!handler) return { ok: false, error: { code: 'unknown_operation' } }
      const value = handler(input)
      if (value && typeof value === 'object' && 'fail' in value)
        return { ok: false, error: { code: value.fail } }
      return { ok: true, value }
    },
    () => () => {}
  )
  return lib
}

/** The calls made to one operation, in order. */
export function callsTo(lib: MemoryLibrary, operation: Operation): Array<Record<string, unknown>> {
  return lib.calls.filter((call) => call.operation === operation).map((call) => call.input)
}
