import { describe, expect, it } from 'vitest'
import { reportSchema, type Report } from '../../src/shared/model'
import {
  awaitsReview,
  confirmCarriedStatus,
  nextFromPrevious,
  withStatus,
  withTrend
} from '../../src/shared/report-ops'
import { docFromText, plainText } from '../../src/shared/richtext'
import { action, counterIds, keyFigure, report, section } from '../fixtures/templates/reports'

const NOW = '2026-12-10T07:30:00.000Z'
const next = (previous: Report, carryNotes = false): Report =>
  nextFromPrevious(previous, { id: 'next', now: NOW, newId: counterIds('n'), carryNotes })

function meetingA(): Report {
  return report(
    'A',
    [
      section('s1', {
        templateSectionId: 'summary',
        title: 'Yhteenveto',
        guidance: 'Kuvaa kokonaistilanne.',
        owner: 'VM',
        status: 'needs_attention',
        trend: 'worsening',
        previousStatus: 'on_track',
        notes: docFromText('Hankkeet viivästyvät.'),
        keyFigures: [keyFigure('k1', { value: '72', target: '80', year: '2025', previousValue: '70' })],
        decisions: [{ id: 'd1', text: 'Hyväksyttiin tilannekuva.' }],
        actions: [
          action('a1', { what: 'Selvitä rahoitus', due: '2026-11-30' }),
          action('a2', { what: 'Valmis jo', state: 'done' }),
          action('a3', { what: 'Kesken', state: 'in_progress', carriedFromReportId: 'OLDER' })
        ]
      }),
      section('s2', { title: 'Oma osio', status: 'not_assessed' })
    ],
    {
      version: '1.0',
      state: 'final',
      revision: 7,
      author: 'Maija Meikäläinen',
      organisation: 'VM',
      diaryNumber: 'VN/1234/2021',
      classification: { level: 'public', legalBasis: '' },
      template: { id: 'digitalisation', version: 2 },
      meeting: {
        name: 'Kansliapäällikkö- ja valtiosihteerikokous',
        date: '2026-11-26',
        time: '14:00',
        place: 'Säätytalo, Helsinki',
        chair: 'Valtiosihteeri',
        secretary: 'Erityisasiantuntija',
        participants: [{ id: 'p1', name: 'Anna', title: 'Kansliapäällikkö', organisation: 'VM' }],
        agenda: [{ id: 'g1', text: 'Tilannekuva' }]
      }
    }
  )
}

describe('nextFromPrevious', () => {
  it('makes a valid new draft linked to its predecessor, with a new id, fresh times and revision 0', () => {
    const b = next(meetingA())
    expect(reportSchema.parse(b)).toEqual(b)
    expect(b).toMatchObject({
      id: 'next',
      previousReportId: 'A',
      state: 'draft',
      revision: 0,
      version: '2.0'
    })
    expect(b.createdAt).toBe(NOW)
    expect(b.updatedAt).toBe(NOW)
  })

  it('copies the meeting series details but not the date, time or agenda', () => {
    const b = next(meetingA())
    expect(b.meeting).toEqual({
      name: 'Kansliapäällikkö- ja valtiosihteerikokous',
      date: '',
      time: '',
      place: 'Säätytalo, Helsinki',
      chair: 'Valtiosihteeri',
      secretary: 'Erityisasiantuntija',
      participants: [{ id: 'p1', name: 'Anna', title: 'Kansliapäällikkö', organisation: 'VM' }],
      agenda: []
    })
    expect(b).toMatchObject({
      title: 'Report A',
      language: 'fi',
      diaryNumber: 'VN/1234/2021',
      organisation: 'VM'
    })
    expect(b.template).toEqual({ id: 'digitalisation', version: 2 })
  })

  it('keeps the structure and keeps each status as previousStatus, the status starting the same but not reviewed', () => {
    const b = next(meetingA())
    expect(b.sections.map((s) => [s.id, s.templateSectionId, s.title, s.owner])).toEqual([
      ['s1', 'summary', 'Yhteenveto', 'VM'],
      ['s2', undefined, 'Oma osio', '']
    ])
    expect(b.sections[0]).toMatchObject({
      status: 'needs_attention',
      previousStatus: 'needs_attention',
      statusCarried: true
    })
    // No trend until someone reviews the status: an automatic "unchanged" would claim an assessment nobody made.
    expect(b.sections[0]!.trend).toBe('none')
    expect(b.sections[1]).toMatchObject({
      status: 'not_assessed',
      previousStatus: 'not_assessed',
      statusCarried: true,
      trend: 'none'
    })
    expect(b.sections[0]!.guidance).toBe('Kuvaa kokonaistilanne.')
  })

  it('keeps each key figure value as previousValue beside an empty new value', () => {
    const [figure] = next(meetingA()).sections[0]!.keyFigures
    expect(figure).toMatchObject({ id: 'k1', value: '', previousValue: '72', target: '80', year: '2025' })
  })

  it('carries actions not done forward, remembering where they were first recorded; done ones stay behind', () => {
    const actions = next(meetingA()).sections[0]!.actions
    expect(actions.map((a) => [a.id, a.state, a.carriedFromReportId])).toEqual([
      ['a1', 'open', 'A'],
      ['a3', 'in_progress', 'OLDER']
    ])
    expect(actions[0]).toMatchObject({ what: 'Selvitä rahoitus', due: '2026-11-30' })
  })

  it('starts decisions empty and notes empty unless the previous notes are asked for', () => {
    const fresh = next(meetingA())
    expect(fresh.sections[0]!.decisions).toEqual([])
    expect(plainText(fresh.sections[0]!.notes)).toBe('')
    const carried = next(meetingA(), true)
    expect(plainText(carried.sections[0]!.notes)).toBe('Hankkeet viivästyvät.')
  })

  it('never changes the previous report', () => {
    const a = meetingA()
    const before = structuredClone(a)
    const b = next(a, true)
    b.sections[0]!.actions[0]!.what = 'muutettu'
    b.sections[0]!.keyFigures[0]!.value = '99'
    b.meeting.participants[0]!.name = 'Bertil'
    ;(b.sections[0]!.notes.content ?? []).length = 0
    expect(a).toEqual(before)
  })

  it('chains: a third report keeps the first report as the origin of a long-open action', () => {
    const b = next(meetingA())
    const c = nextFromPrevious(
      { ...b, id: 'B' },
      { id: 'C', now: NOW, newId: counterIds('c'), carryNotes: false }
    )
    expect(c.previousReportId).toBe('B')
    expect(c.version).toBe('3.0')
    expect(c.sections[0]!.actions.find((a) => a.id === 'a1')?.carriedFromReportId).toBe('A')
  })

  it('confirming a carried status reviews it: the mark goes, the trend follows the status change', () => {
    const carried = next(meetingA()).sections[0]!
    expect(awaitsReview(carried)).toBe(true)
    const confirmed = confirmCarriedStatus(carried)
    expect(awaitsReview(confirmed)).toBe(false)
    expect(confirmed).toMatchObject({ status: 'needs_attention', trend: 'unchanged' })
    expect(reportSchema.shape.sections.element.parse(confirmed)).toEqual(confirmed)
    // Choosing a status or a trend is a review too.
    expect(awaitsReview(withStatus(carried, 'critical'))).toBe(false)
    expect(withStatus(carried, 'critical').trend).toBe('worsening')
    expect(awaitsReview(withTrend(carried, 'improving'))).toBe(false)
  })

  it("takes the next meeting's date when given, and leaves it open otherwise", () => {
    const b = nextFromPrevious(meetingA(), {
      id: 'next',
      now: NOW,
      newId: counterIds('n'),
      carryNotes: false,
      meetingDate: '2027-01-14'
    })
    expect(b.meeting.date).toBe('2027-01-14')
    expect(next(meetingA()).meeting.date).toBe('')
  })

  it.each([
    [{ level: 'secret', legalBasis: 'JulkL 24.1 § 7 k' }, 'JulkL 24.1 § 7 k'],
    [{ level: 'restricted', legalBasis: 'JulkL 24.1 § 7 k' }, 'JulkL 24.1 § 7 k'],
    [{ level: 'public', legalBasis: 'JulkL 24.1 § 7 k' }, ''],
    [{ level: 'none', legalBasis: 'JulkL 24.1 § 7 k' }, '']
  ] as const)('carries the legal basis of %o only when its class has one', (classification, basis) => {
    const b = next({ ...meetingA(), classification: { ...classification } })
    expect(b.classification).toEqual({ level: classification.level, legalBasis: basis })
  })

  it('handles a report with no sections and a report without a template', () => {
    const empty = report('E', [])
    const b = next(empty)
    expect(b.sections).toEqual([])
    expect(b.template).toBeUndefined()
    expect(b.previousReportId).toBe('E')
  })
})
