import { describe, expect, it } from 'vitest'
import {
  filterActions,
  isOverdue,
  listActions,
  NOBODY,
  responsibles,
  todayIso
} from '../../../src/renderer/src/features/overview/action-list'
import { boardReport, TODAY } from './fixtures'

const entries = listActions(boardReport.sections)

describe('action-list', () => {
  it('numbers actions by their section position', () => {
    expect(entries.map((e) => [e.action.id, e.sectionNumber])).toEqual([
      ['a1', 2],
      ['a2', 2],
      ['a3', 2],
      ['a4', 3]
    ])
  })

  it('counts an action overdue only when not done and due before today', () => {
    const base = { id: 'x', what: '', who: '' }
    expect(isOverdue({ ...base, due: '2021-10-24', state: 'open' }, TODAY)).toBe(true)
    expect(isOverdue({ ...base, due: TODAY, state: 'open' }, TODAY)).toBe(false)
    expect(isOverdue({ ...base, due: '2021-10-24', state: 'done' }, TODAY)).toBe(false)
    expect(isOverdue({ ...base, due: '', state: 'open' }, TODAY)).toBe(false)
  })

  it('matches who case-insensitively and finds actions with no one named', () => {
    const withNobody = [...entries, { ...entries[0]!, action: { ...entries[0]!.action, id: 'a5', who: ' ' } }]
    expect(filterActions(withNobody, { who: 'vm', state: 'all' }).map((e) => e.action.id)).toEqual([
      'a1',
      'a3'
    ])
    expect(filterActions(withNobody, { who: NOBODY, state: 'all' }).map((e) => e.action.id)).toEqual(['a5'])
    expect(responsibles(withNobody, 'fi')).toEqual(['LVM', 'Tilastokeskus', 'VM'])
  })

  it("gives today's local date in ISO form", () => {
    expect(todayIso(new Date(2021, 9, 5, 23, 30))).toBe('2021-10-05')
  })
})
