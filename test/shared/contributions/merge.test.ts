import { describe, expect, it } from 'vitest'
import {
  bringsNothingNew,
  mergedReport,
  mergeRecord,
  mergeReply,
  previewReport
} from '../../../src/shared/contributions/merge'
import { openConflicts, resolve } from '../../../src/shared/contributions/resolve'
import type { MergeState } from '../../../src/shared/contributions/merge-types'
import type { Action, Report, Section } from '../../../src/shared/model'
import { action, keyFigure, section } from '../../fixtures/templates/reports'
import { decision, notes, threeWay } from './support'

function start(base: Section, mine: Section | null, theirs: Section): MergeState {
  const { mine: report, reply } = threeWay(base, mine, theirs)
  const outcome = mergeReply(report, reply)
  if (!outcome.ok) throw new Error(outcome.reason)
  return outcome.state
}

function choose(state: MergeState, id: string, resolution: Parameters<typeof resolve>[2]): MergeState {
  const outcome = resolve(state, id, resolution)
  if (!outcome.ok) throw new Error(outcome.reason)
  return outcome.state
}

const merged = (state: MergeState): Report => {
  const report = mergedReport(state)
  if (!report) throw new Error('conflicts open')
  return report
}
const theSection = (report: Report, id = 'ai') => report.sections.find((s) => s.id === id)

const base = section('ai', {
  title: 'Tekoäly',
  status: 'needs_attention',
  notes: notes('Hanke on aikataulussa.'),
  actions: [action('a1', { what: 'Valmistele linjaus' }), action('a2'), action('a3')],
  decisions: [decision('d1')],
  keyFigures: [keyFigure('k1', { value: '72' })]
})

describe('merging a reply, section by section', () => {
  it('takes what only the contributor changed and keeps what only the coordinator changed', () => {
    const state = start(
      base,
      { ...base, owner: 'VM' },
      { ...base, status: 'on_track', notes: notes('Hanke on valmis.') }
    )
    expect(state.conflicts).toEqual([])
    expect(theSection(merged(state))).toMatchObject({
      owner: 'VM',
      status: 'on_track',
      notes: notes('Hanke on valmis.')
    })
    expect(state.taken.map((t) => t.path.join('.'))).toEqual(['status', 'notes'])
  })

  it('makes a conflict when both changed a field differently, and no conflict when both made the same change', () => {
    const state = start(
      base,
      { ...base, status: 'critical', trend: 'worsening' },
      { ...base, status: 'on_track', trend: 'worsening' }
    )
    expect(state.conflicts).toMatchObject([
      { id: 'ai:status', kind: 'field', base: 'needs_attention', mine: 'critical', theirs: 'on_track' }
    ])
    expect(mergedReport(state)).toBeUndefined()
    expect(theSection(previewReport(state))!.status).toBe('critical')
    expect(theSection(merged(choose(state, 'ai:status', { choice: 'theirs' })))!.status).toBe('on_track')
    expect(theSection(merged(choose(state, 'ai:status', { choice: 'mine' })))!.status).toBe('critical')
  })

  it('shows two offline replacements of the same words as a conflict, never as one garbled text', () => {
    const state = start(
      base,
      { ...base, notes: notes('Hanke on suunnitellusti käynnissä.') },
      { ...base, notes: notes('Hanke on myöhässä kaksi viikkoa.') }
    )
    expect(state.conflicts).toHaveLength(1)
    expect(state.conflicts[0]).toMatchObject({
      kind: 'notes',
      formattingOnly: { mine: false, theirs: false }
    })
    const both = notes('Hanke on käynnissä mutta myöhässä kaksi viikkoa.')
    const edited = merged(choose(state, 'ai:notes', { choice: 'edited', value: both }))
    expect(theSection(edited)!.notes).toEqual(both)
  })

  it('says when one side changed only the formatting of the notes', () => {
    const bold = {
      type: 'doc' as const,
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Hanke on aikataulussa.', marks: [{ type: 'bold' }] }]
        }
      ]
    }
    const state = start(base, { ...base, notes: bold }, { ...base, notes: notes('Hanke on myöhässä.') })
    expect(state.conflicts[0]).toMatchObject({ kind: 'notes', formattingOnly: { mine: true, theirs: false } })
    // Alone, a formatting-only change is a change like any other: it is taken, not lost.
    expect(theSection(merged(start(base, base, { ...base, notes: bold })))!.notes).toEqual(bold)
  })
})

describe('merging key figures, decisions and actions item by item', () => {
  it('makes a conflict when one side deleted an action and the other edited it', () => {
    const deletedByMe = { ...base, actions: base.actions.filter((a) => a.id !== 'a2') }
    const editedByThem = {
      ...base,
      actions: base.actions.map((a) => (a.id === 'a2' ? { ...a, state: 'done' as const } : a))
    }
    const state = start(base, deletedByMe, editedByThem)
    expect(state.conflicts).toMatchObject([
      { id: 'ai:actions:a2', kind: 'item', mine: null, theirs: { state: 'done' } }
    ])
    expect(
      theSection(merged(choose(state, 'ai:actions:a2', { choice: 'mine' })))!.actions.map((a) => a.id)
    ).toEqual(['a1', 'a3'])
    // Restored where it stood.
    expect(
      theSection(merged(choose(state, 'ai:actions:a2', { choice: 'theirs' })))!.actions.map((a) => a.id)
    ).toEqual(['a1', 'a2', 'a3'])
    // The other way round: the same conflict, sides swapped.
    const swapped = start(base, editedByThem, deletedByMe)
    expect(swapped.conflicts).toMatchObject([{ id: 'ai:actions:a2', mine: { state: 'done' }, theirs: null }])
  })

  it('deletes an item the other side left as it was', () => {
    const state = start(base, base, { ...base, decisions: [] })
    expect(state.conflicts).toEqual([])
    expect(theSection(merged(state))!.decisions).toEqual([])
    expect(state.taken).toEqual([{ sectionId: 'ai', path: ['decisions', 'd1'], change: 'removed' }])
  })

  it('keeps items added on both sides, each after the item it followed', () => {
    const mine = {
      ...base,
      actions: [base.actions[0]!, action('m1', { what: 'Koordinaattorin lisäys' }), ...base.actions.slice(1)]
    }
    const theirs = { ...base, actions: [...base.actions, action('t1', { what: 'Ministeriön lisäys' })] }
    const state = start(base, mine, theirs)
    expect(state.conflicts).toEqual([])
    expect(theSection(merged(state))!.actions.map((a) => a.id)).toEqual(['a1', 'm1', 'a2', 'a3', 't1'])
  })

  it("keeps the contributor's edit when the coordinator reordered, in the coordinator's order", () => {
    const reordered = { ...base, actions: [...base.actions].reverse() }
    const edited = {
      ...base,
      actions: base.actions.map((a) => (a.id === 'a1' ? { ...a, what: 'Valmistele linjaus lokakuussa' } : a))
    }
    const state = start(base, reordered, edited)
    expect(state.conflicts).toEqual([])
    const actions = theSection(merged(state))!.actions
    expect(actions.map((a) => a.id)).toEqual(['a3', 'a2', 'a1'])
    expect(actions[2]!.what).toBe('Valmistele linjaus lokakuussa')
    // And the contributor's order when only the contributor reordered.
    const other = start(base, edited, reordered)
    expect(theSection(merged(other))!.actions.map((a) => [a.id, a.what])).toEqual([
      ['a3', 'Action a3'],
      ['a2', 'Action a2'],
      ['a1', 'Valmistele linjaus lokakuussa']
    ])
  })

  it('keeps the order it gave when the same reply is merged again after both sides reordered', () => {
    const [a1, a2, a3] = base.actions as [Action, Action, Action]
    // The coordinator moved a2 up; the contributor deleted a2 and moved a3 up.
    const { mine, reply } = threeWay(base, { ...base, actions: [a2, a1, a3] }, { ...base, actions: [a3, a1] })
    const first = mergeReply(mine, reply)
    if (!first.ok) throw new Error(first.reason)
    const once = merged(first.state)
    expect(theSection(once)!.actions.map((a) => a.id)).toEqual(['a3', 'a1'])
    const again = mergeReply(once, reply)
    expect(again.ok && previewReport(again.state)).toEqual(once)
  })

  it('combines changes to different fields of one item and conflicts on the same field', () => {
    const mine = { ...base, keyFigures: [{ ...base.keyFigures[0]!, source: 'Eurostat' }] }
    const theirs = { ...base, keyFigures: [{ ...base.keyFigures[0]!, value: '75' }] }
    expect(theSection(merged(start(base, mine, theirs)))!.keyFigures[0]).toMatchObject({
      source: 'Eurostat',
      value: '75'
    })
    const clash = start(base, { ...mine, keyFigures: [{ ...mine.keyFigures[0]!, value: '74' }] }, theirs)
    expect(clash.conflicts).toMatchObject([
      {
        id: 'ai:keyFigures:k1',
        mine: { value: '74', source: 'Eurostat' },
        theirs: { value: '75', source: 'Eurostat' }
      }
    ])
  })
})

describe('a section the coordinator removed', () => {
  it('stays removed when the contributor did not write in it', () => {
    const state = start(base, null, base)
    expect(state.conflicts).toEqual([])
    expect(theSection(merged(state))).toBeUndefined()
  })

  it('is a conflict when the contributor wrote in it, and "take theirs" puts it back where it was', () => {
    const theirs = { ...base, notes: notes('Hanke eteni.') }
    const state = start(base, null, theirs)
    expect(state.conflicts).toMatchObject([{ id: 'ai:section', kind: 'section_removed', mine: null, theirs }])
    expect(previewReport(state).sections.map((s) => s.id)).toEqual(['intro'])
    const restored = merged(choose(state, 'ai:section', { choice: 'theirs' }))
    expect(restored.sections.map((s) => s.id)).toEqual(['intro', 'ai'])
    expect(theSection(restored)!.notes).toEqual(notes('Hanke eteni.'))
    expect(merged(choose(state, 'ai:section', { choice: 'mine' })).sections.map((s) => s.id)).toEqual([
      'intro'
    ])
  })
})

describe('resolving', () => {
  const state = start(
    base,
    { ...base, title: 'Tekoäly ja data' },
    { ...base, title: 'Tekoäly julkisissa palveluissa' }
  )

  it('checks an edited value against the field and refuses an unknown conflict', () => {
    expect(resolve(state, 'nope', { choice: 'mine' })).toEqual({ ok: false, reason: 'unknown_conflict' })
    expect(resolve(state, 'ai:title', { choice: 'edited', value: 'x'.repeat(301) })).toMatchObject({
      ok: false,
      reason: 'invalid_value'
    })
    expect(resolve(state, 'ai:title', { choice: 'edited', value: undefined })).toMatchObject({ ok: false })
    const unknownChoice = { choice: 'both' } as unknown as Parameters<typeof resolve>[2]
    expect(resolve(state, 'ai:title', unknownChoice)).toMatchObject({ ok: false, reason: 'invalid_value' })
    const done = choose(state, 'ai:title', {
      choice: 'edited',
      value: 'Tekoäly ja data julkisissa palveluissa'
    })
    expect(openConflicts(done)).toEqual([])
    expect(theSection(merged(done))!.title).toBe('Tekoäly ja data julkisissa palveluissa')
  })

  it('lets a choice be changed before confirming', () => {
    const first = choose(state, 'ai:title', { choice: 'mine' })
    expect(theSection(merged(choose(first, 'ai:title', { choice: 'theirs' })))!.title).toBe(
      'Tekoäly julkisissa palveluissa'
    )
  })
})

describe('importing the same reply twice', () => {
  it('is refused by its record once merged, even after the coordinator kept their own version', () => {
    const { mine, reply } = threeWay(base, { ...base, status: 'critical' }, { ...base, status: 'on_track' })
    const first = mergeReply(mine, reply)
    if (!first.ok) throw new Error(first.reason)
    const saved = merged(choose(first.state, 'ai:status', { choice: 'mine' }))
    expect(mergeReply(saved, reply, [mergeRecord(first.state)])).toEqual({
      ok: false,
      reason: 'already_merged'
    })
  })

  it('brings nothing new into a report that already has its content', () => {
    const { mine, reply } = threeWay(base, base, { ...base, status: 'on_track', decisions: [] })
    const first = mergeReply(mine, reply)
    if (!first.ok) throw new Error(first.reason)
    const again = mergeReply(merged(first.state), reply)
    expect(again.ok && bringsNothingNew(again.state)).toBe(true)
    expect(again.ok && previewReport(again.state)).toEqual(merged(first.state))
  })

  it('refuses a reply for another report', () => {
    const { mine, reply } = threeWay(base, base, base)
    expect(mergeReply({ ...mine, id: 'R2' }, reply)).toEqual({
      ok: false,
      reason: 'other_report',
      reportId: 'R1',
      reportTitle: 'Report R1'
    })
  })
})
