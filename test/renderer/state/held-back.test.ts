/**
 * One field the model refuses never holds back the rest: the screen keeps the typed text, the disk gets every
 * other edit and the field's last valid value, and the store says it still has changes the disk lacks.
 */
import { expect, it } from 'vitest'
import type { Result, SaveResult } from '../../../src/shared/contract'
import { reportSchema, type Report } from '../../../src/shared/model'
import { ReportStore } from '../../../src/renderer/src/state/report-store'
import { updateSection, moveSection } from '../../../src/renderer/src/features/editor/section-ops'
import { addRow, changeRow } from '../../../src/renderer/src/features/editor/row-ops'
import { makeReport } from '../support/render'
import { makeSection } from '../editor/sections'

function disk() {
  const saved: Report[] = []
  let revision = 1
  const save = async (input: { report: Report }): Promise<Result<SaveResult>> => {
    // As dispatch does: a report the model refuses is a bad request, and nothing is written.
    if (!reportSchema.safeParse(input.report).success) return { ok: false, error: { code: 'bad_request' } }
    saved.push(input.report)
    return { ok: true, value: { revision: ++revision, updatedAt: '2027-01-14T10:00:00.000Z' } }
  }
  return { saved, save, last: () => saved.at(-1) as Report }
}

const twoSections = () => makeReport({ sections: [makeSection('a', 'Tekoäly'), makeSection('b', 'Data')] })

it('saves the notes written after a key figure year that is too long, and keeps the year on screen', async () => {
  const d = disk()
  const figure = { id: 'f1', indicator: 'Verkossa', value: '', target: '', unit: '', year: '', source: '' }
  const store = new ReportStore(twoSections(), d.save)
  store.update((r) => updateSection(r, 'a', (s) => addRow(s, 'keyFigures', figure)))
  store.update((r) => updateSection(r, 'a', (s) => changeRow(s, 'keyFigures', 'f1', { year: '2023' })))
  const tooLong =
    '2023 (ennakkotieto), päivittyy 2024 ja tarkentuu vielä vuoden 2025 aikana, kun Eurostat julkaisee lopulliset luvut syksyllä'
  store.update((r) => updateSection(r, 'a', (s) => changeRow(s, 'keyFigures', 'f1', { year: tooLong })))
  store.update((r) => updateSection(r, 'b', (s) => ({ ...s, owner: 'VM' })))
  await store.flush()

  expect(store.getSaveState().kind).toBe('saved')
  expect(d.last().sections[0]?.keyFigures[0]?.year).toBe('2023')
  expect(d.last().sections[1]?.owner).toBe('VM')
  expect(store.getReport().sections[0]?.keyFigures[0]?.year).toBe(tooLong)
  expect(store.hasUnsavedChanges()).toBe(true)
  expect(store.heldBack()).toEqual([{ path: ['sections', 0, 'keyFigures', 0, 'year'], text: tooLong }])

  store.update((r) =>
    updateSection(r, 'a', (s) => changeRow(s, 'keyFigures', 'f1', { year: '2023 (ennakkotieto)' }))
  )
  await store.flush()
  expect(d.last().sections[0]?.keyFigures[0]?.year).toBe('2023 (ennakkotieto)')
  expect(store.hasUnsavedChanges()).toBe(false)
  expect(store.getReport()).toBe(store.getSavableReport())
})

it('keeps a refused title with its own section when the sections are reordered', async () => {
  const d = disk()
  const store = new ReportStore(twoSections(), d.save)
  store.update((r) => updateSection(r, 'b', (s) => ({ ...s, title: 'x'.repeat(10_000) })))
  store.update((r) => moveSection(r, 'b', -1))
  await store.flush()
  expect(d.last().sections.map((s) => [s.id, s.title])).toEqual([
    ['b', 'Data'],
    ['a', 'Tekoäly']
  ])
  expect(store.getReport().sections[0]?.title).toHaveLength(10_000)
})

it('saves a new row with its refused field empty, and a date typed as 280220277 not at all', async () => {
  const d = disk()
  const store = new ReportStore(twoSections(), d.save)
  const action = { id: 'x1', what: 'Lausuntokierros', who: 'VM', due: '280220277', state: 'open' as const }
  store.update((r) => updateSection(r, 'a', (s) => addRow(s, 'actions', action)))
  store.update((r) => ({ ...r, meeting: { ...r.meeting, date: '2150-01-14' } }))
  await store.flush()
  expect(d.last().sections[0]?.actions).toEqual([{ ...action, due: '' }])
  expect(d.last().meeting.date).toBe('2021-10-25')
  expect(store.heldBack().map((field) => field.text)).toEqual(['2150-01-14', '280220277'])
})

it('does not save again when only a refused field changes', async () => {
  const d = disk()
  const store = new ReportStore(twoSections(), d.save)
  store.update((r) => ({ ...r, title: 'x'.repeat(301) }))
  await store.flush()
  expect(d.saved).toHaveLength(0)
  expect(store.hasUnsavedChanges()).toBe(true)
})
