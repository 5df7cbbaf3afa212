/**
 * A meeting series of five reports as officials make it: each from the previous one with nextFromPrevious (ids
 * carried, values cleared), then the values of that meeting typed in. A figure is added at the third meeting and one
 * removed; some values are missing, unreadable or in another unit.
 */
import type { Report } from '../../../src/shared/model'
import { nextFromPrevious } from '../../../src/shared/report-ops'
import { counterIds, keyFigure, report, section } from '../../fixtures/templates/reports'

/** The value typed for each figure (by id) at each meeting. */
type Values = Record<string, string>

function withValues(base: Report, title: string, date: string, values: Values): Report {
  return {
    ...base,
    title,
    meeting: { ...base.meeting, date },
    sections: base.sections.map((s) => ({
      ...s,
      keyFigures: s.keyFigures.map((figure) => ({ ...figure, value: values[figure.id] ?? figure.value }))
    }))
  }
}

function next(previous: Report, id: string): Report {
  return nextFromPrevious(previous, {
    id,
    now: '2026-01-01T08:00:00.000Z',
    newId: counterIds(id),
    carryNotes: false
  })
}

export const ONLINE = 'Verkossa saatavilla olevien keskeisten julkisten palvelujen osuus'
export const SKILLS = 'Vähintään perustason digitaidot omaavien osuus'
export const SPECIALISTS = 'ICT-asiantuntijoiden määrä'
export const CLOUD = 'Pilvipalveluja käyttävien yritysten osuus'

/** The five reports, oldest first; `m1`…`m5`. */
export function fiveMeetings(): Report[] {
  const first = report('m1', [
    section('services', {
      templateSectionId: 'public-services',
      title: 'Digitaaliset julkiset palvelut',
      keyFigures: [
        keyFigure('online', { indicator: ONLINE, target: '100', unit: '%', year: '2030' }),
        keyFigure('skills', { indicator: SKILLS, target: '80 %', unit: '%', year: '2030' })
      ]
    }),
    section('skills-section', {
      templateSectionId: 'skills',
      title: 'Osaaminen',
      keyFigures: [keyFigure('ict', { indicator: SPECIALISTS, target: '20 000 000', unit: '', year: '2030' })]
    })
  ])
  const m1 = withValues(first, 'Helmikuun kokous', '2025-02-10', {
    online: '72,5 %',
    skills: '79',
    ict: '1\u00A0234'
  })
  const m2 = withValues(next(m1, 'm2'), 'Toukokuun kokous', '2025-05-12', {
    online: '75',
    skills: 'n/a',
    ict: ''
  })
  const third = next(m2, 'm3')
  // The third meeting drops the ICT specialists and starts following cloud use.
  const m3base: Report = {
    ...third,
    sections: [
      {
        ...(third.sections[0] as Report['sections'][number]),
        keyFigures: [
          ...(third.sections[0]?.keyFigures ?? []),
          keyFigure('cloud', { indicator: CLOUD, target: '75', unit: '%', year: '2030' })
        ]
      },
      { ...(third.sections[1] as Report['sections'][number]), keyFigures: [] }
    ]
  }
  const m3 = withValues(m3base, 'Syyskuun kokous', '2025-09-15', { online: '76,1', cloud: '60 %' })
  const m4 = withValues(next(m3, 'm4'), 'Joulukuun kokous', '2025-12-08', { online: '', cloud: '62' })
  const m5 = withValues(next(m4, 'm5'), 'Maaliskuun kokous', '2026-03-09', {
    online: '79,2\u00A0%',
    skills: '81',
    cloud: '1,2 mrd €'
  })
  return [m1, m2, m3, m4, m5]
}
