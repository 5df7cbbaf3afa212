/**
 * Never lose a sentence, as a property: random sequences of edits as the forms make them — including texts far over
 * their caps, a key figure's year "2023 (ennakkotieto), päivittyy 2024", a 10 000-character title and due dates such
 * as 280220277 — go through the renderer's report store into the real save service (createServices on a temporary
 * folder, through dispatch). After a flush, every edit the model accepts is on disk, and each refused field holds its
 * last accepted value there while the screen still shows what was typed.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createServices } from '../../../src/main/services'
import { dispatch } from '../../../src/main/dispatch'
import type { OpenedReport, Result, SaveResult, Services } from '../../../src/shared/contract'
import { fieldAccepts, reportFieldSchema } from '../../../src/shared/field-rules'
import type { Report, Section } from '../../../src/shared/model'
import { ReportStore } from '../../../src/renderer/src/state/report-store'
import { enteredDate } from '../../../src/renderer/src/components/date-entry'
import {
  blankSection,
  insertSection,
  moveSection,
  updateSection
} from '../../../src/renderer/src/features/editor/section-ops'
import {
  addRow,
  blankAction,
  blankKeyFigure,
  changeRow,
  removeRow
} from '../../../src/renderer/src/features/editor/row-ops'

let base: string
let services: Services & { close(): Promise<void> }

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'tilannekuva-property-'))
  services = await createServices({
    dataDir: join(base, 'data'),
    resourcesDir: resolve('resources'),
    appVersion: 'test',
    platform: process.platform,
    dialogs: { save: async () => null, open: async () => null },
    shell: { showItemInFolder: () => {}, openPath: async () => {}, openExternal: async () => {} }
  })
})
afterAll(async () => {
  await services.close()
  await rm(base, { recursive: true, force: true })
})

const call = <T>(operation: string, payload: unknown) =>
  dispatch(services, operation, payload) as Promise<Result<T>>

// What people type: ordinary words, the texts seen to break saving, and text far over any cap.
const typed = fc.oneof(
  fc.constantFrom(
    '',
    '72,5',
    '%',
    '2023',
    '2023 (ennakkotieto), päivittyy 2024',
    'Eettiset periaatteet ovat lausuntokierroksella',
    'x'.repeat(10_000)
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 101, maxLength: 400 })
)
const typedDate = fc.oneof(
  fc.constantFrom(
    '14.1.2027',
    '14.1.27',
    '14012027',
    '2027-01-14',
    '280220277',
    '31.2.2027',
    '2021-13-45',
    ''
  ),
  fc.string({ maxLength: 12 })
)
const figureColumn = fc.constantFrom('indicator', 'value', 'target', 'unit', 'year', 'source' as const)
const actionText = fc.constantFrom('what', 'who' as const)
const meetingText = fc.constantFrom('name', 'place', 'chair', 'secretary' as const)

type Edit =
  | { kind: 'addSection' }
  | { kind: 'moveSection'; pick: number; by: number }
  | { kind: 'sectionTitle'; pick: number; text: string }
  | { kind: 'addFigure'; pick: number }
  | {
      kind: 'figure'
      pick: number
      row: number
      column: 'indicator' | 'value' | 'target' | 'unit' | 'year' | 'source'
      text: string
    }
  | { kind: 'removeFigure'; pick: number; row: number }
  | { kind: 'addAction'; pick: number }
  | { kind: 'action'; pick: number; row: number; column: 'what' | 'who'; text: string }
  | { kind: 'actionDue'; pick: number; row: number; text: string }
  | { kind: 'reportTitle'; text: string }
  | { kind: 'meeting'; column: 'name' | 'place' | 'chair' | 'secretary'; text: string }
  | { kind: 'meetingDate'; text: string }
  | { kind: 'flush' }

const index = fc.nat({ max: 20 })
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.constant({ kind: 'addSection' as const }),
  fc.record({ kind: fc.constant('moveSection' as const), pick: index, by: fc.constantFrom(-1, 1) }),
  fc.record({ kind: fc.constant('sectionTitle' as const), pick: index, text: typed }),
  fc.record({ kind: fc.constant('addFigure' as const), pick: index }),
  fc.record({
    kind: fc.constant('figure' as const),
    pick: index,
    row: index,
    column: figureColumn,
    text: typed
  }),
  fc.record({ kind: fc.constant('removeFigure' as const), pick: index, row: index }),
  fc.record({ kind: fc.constant('addAction' as const), pick: index }),
  fc.record({
    kind: fc.constant('action' as const),
    pick: index,
    row: index,
    column: actionText,
    text: typed
  }),
  fc.record({ kind: fc.constant('actionDue' as const), pick: index, row: index, text: typedDate }),
  fc.record({ kind: fc.constant('reportTitle' as const), text: typed }),
  fc.record({ kind: fc.constant('meeting' as const), column: meetingText, text: typed }),
  fc.record({ kind: fc.constant('meetingDate' as const), text: typedDate }),
  fc.constant({ kind: 'flush' as const })
)

/** The fields an edit touched, by ids (rows move), with the last value the model accepted and the last typed. */
interface Expected {
  accepted: unknown
  shown: unknown
}

function pickSection(report: Report, pick: number): Section | undefined {
  return report.sections.length ? report.sections[pick % report.sections.length] : undefined
}

/** Applies one edit as the form does; records what the disk and the screen must then hold. */
function apply(store: ReportStore, e: Edit, expected: Map<string, Expected>): Promise<void> | void {
  const report = store.getReport()
  const record = (key: string, schemaPath: Array<string | number>, value: string) => {
    const schema = reportFieldSchema(schemaPath)
    if (!schema) throw new Error(`no schema at ${schemaPath.join('.')}`)
    const before = expected.get(key)
    const accepted = fieldAccepts(schema, value) ? value : before ? before.accepted : undefined
    expected.set(key, { accepted, shown: value })
  }
  const section = 'pick' in e ? pickSection(report, e.pick) : undefined
  const change = (fn: (s: Section) => Section) =>
    section && store.update((r) => updateSection(r, section.id, fn))
  switch (e.kind) {
    case 'flush':
      return store.flush()
    case 'addSection':
      return store.update((r) => insertSection(r, blankSection(''), r.sections.length))
    case 'moveSection':
      return section && store.update((r) => moveSection(r, section.id, e.by))
    case 'sectionTitle':
      if (!section) return
      record(`s/${section.id}/title`, ['sections', 0, 'title'], e.text)
      return change((s) => ({ ...s, title: e.text }))
    case 'addFigure':
      return change((s) => addRow(s, 'keyFigures', blankKeyFigure()))
    case 'addAction':
      return change((s) => addRow(s, 'actions', blankAction()))
    case 'removeFigure': {
      const figure = section?.keyFigures[e.row % Math.max(1, section.keyFigures.length)]
      if (!section || !figure) return
      for (const key of [...expected.keys()]) if (key.includes(figure.id)) expected.delete(key)
      return change((s) => removeRow(s, 'keyFigures', figure.id))
    }
    case 'figure': {
      const figure = section?.keyFigures[e.row % Math.max(1, section.keyFigures.length)]
      if (!section || !figure) return
      record(`s/${section.id}/f/${figure.id}/${e.column}`, ['sections', 0, 'keyFigures', 0, e.column], e.text)
      return change((s) => changeRow(s, 'keyFigures', figure.id, { [e.column]: e.text }))
    }
    case 'action':
    case 'actionDue': {
      const action = section?.actions[e.row % Math.max(1, section.actions.length)]
      if (!section || !action) return
      const column = e.kind === 'action' ? e.column : 'due'
      const value = e.kind === 'action' ? e.text : enteredDate(e.text, 'fi')
      record(`s/${section.id}/a/${action.id}/${column}`, ['sections', 0, 'actions', 0, column], value)
      return change((s) => changeRow(s, 'actions', action.id, { [column]: value }))
    }
    case 'reportTitle':
      record('title', ['title'], e.text)
      return store.update((r) => ({ ...r, title: e.text }))
    case 'meeting':
      record(`m/${e.column}`, ['meeting', e.column], e.text)
      return store.update((r) => ({ ...r, meeting: { ...r.meeting, [e.column]: e.text } }))
    case 'meetingDate': {
      const value = enteredDate(e.text, 'fi')
      record('m/date', ['meeting', 'date'], value)
      return store.update((r) => ({ ...r, meeting: { ...r.meeting, date: value } }))
    }
  }
}

/** Reads a recorded field out of a report by its id-based key; undefined when the row is not there. */
function read(report: Report, key: string): unknown {
  const parts = key.split('/')
  if (parts[0] === 'title') return report.title
  if (parts[0] === 'm') return report.meeting[parts[1] as 'name']
  const section = report.sections.find((s) => s.id === parts[1])
  if (!section) return undefined
  if (parts[2] === 'title') return section.title
  const rows = parts[2] === 'f' ? section.keyFigures : section.actions
  const row = rows.find((r) => r.id === parts[3]) as Record<string, unknown> | undefined
  return row?.[parts[4] as string]
}

it('saves every accepted edit, whatever else is typed, and shows every typed text', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 40 }), async (edits) => {
      const created = await call<Report>('reports.create', { language: 'fi' })
      if (!created.ok) throw new Error(created.error.code)
      const store = new ReportStore(
        created.value,
        (input) => call<SaveResult>('reports.save', input),
        false,
        10_000 // Saves happen at the flushes the sequence asks for, and at the end.
      )
      const expected = new Map<string, Expected>()
      for (const e of edits) await apply(store, e, expected)
      await store.flush()
      store.dispose()

      const opened = await call<OpenedReport>('reports.get', { id: created.value.id })
      if (!opened.ok) throw new Error(opened.error.code)
      const disk = opened.value.report
      expect(store.getSaveState().kind).toBe('saved')
      for (const [key, { accepted, shown }] of expected) {
        if (read(store.getReport(), key) === undefined) continue // its row was removed
        expect(read(store.getReport(), key), `screen ${key}`).toBe(shown)
        expect(read(disk, key), `disk ${key}`).toBe(accepted ?? '')
      }
      expect(disk.sections.map((s) => s.id)).toEqual(store.getReport().sections.map((s) => s.id))
      const notShown = (held: boolean) => (held ? store.heldBack().length > 0 : store.heldBack().length === 0)
      expect(notShown(store.getReport() !== store.getSavableReport())).toBe(true)
      expect(store.hasUnsavedChanges()).toBe(store.heldBack().length > 0)
    }),
    { numRuns: 40 }
  )
})
