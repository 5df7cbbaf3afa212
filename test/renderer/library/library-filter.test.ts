/** Which reports the list shows, and in which order: the rules behind the library's sort, filters and search. */
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_QUERY,
  meetingYears,
  selectReports,
  withRecent
} from '../../../src/renderer/src/features/library/library-filter'
import { summary } from './memory-library'

const reports = [
  summary({ id: 'a', title: 'Ääni', meetingDate: '2021-10-25', state: 'final' }),
  summary({ id: 'b', title: 'alku', meetingDate: '2022-01-10' }),
  summary({ id: 'c', title: 'Zeta', meetingDate: '' }),
  summary({ id: 'd', title: 'Öljy', meetingDate: '2021-02-01', updatedAt: '2021-02-01T10:00:00.000Z' })
]
const ids = (list: { id: string }[]) => list.map((report) => report.id)

describe('selectReports', () => {
  it('puts the latest meeting first by default and undated reports last', () => {
    expect(ids(selectReports(reports, DEFAULT_QUERY))).toEqual(['b', 'a', 'd', 'c'])
  })

  it('sorts titles in Finnish alphabetical order, ignoring case (Å Ä Ö after Z)', () => {
    const query = { ...DEFAULT_QUERY, sortKey: 'title' as const, sortDirection: 'ascending' as const }
    expect(ids(selectReports(reports, query))).toEqual(['b', 'c', 'a', 'd'])
  })

  it('filters by state and by meeting year together', () => {
    expect(ids(selectReports(reports, { ...DEFAULT_QUERY, year: '2021' }))).toEqual(['a', 'd'])
    expect(ids(selectReports(reports, { ...DEFAULT_QUERY, year: '2021', state: 'draft' }))).toEqual(['d'])
    expect(ids(selectReports(reports, { ...DEFAULT_QUERY, state: 'final' }))).toEqual(['a'])
  })

  it('keeps only search matches, an empty match list showing nothing', () => {
    expect(ids(selectReports(reports, { ...DEFAULT_QUERY, matches: ['d', 'c'] }))).toEqual(['d', 'c'])
    expect(selectReports(reports, { ...DEFAULT_QUERY, matches: [] })).toEqual([])
  })

  it('does not reorder the list it was given', () => {
    const before = ids(reports)
    selectReports(reports, { ...DEFAULT_QUERY, sortKey: 'title' })
    expect(ids(reports)).toEqual(before)
  })
})

describe('meetingYears', () => {
  it('lists each meeting year once, newest first, skipping undated reports', () => {
    expect(meetingYears(reports)).toEqual(['2022', '2021'])
  })
})

describe('withRecent', () => {
  it('moves the opened report to the front without duplicates and keeps at most ten', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `r${i}`)
    expect(withRecent(['x', 'y', 'z'], 'y')).toEqual(['y', 'x', 'z'])
    expect(withRecent(ten, 'new')).toEqual(['new', ...ten.slice(0, 9)])
  })
})
