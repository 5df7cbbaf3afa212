import { describe, expect, it } from 'vitest'
import { docFromText } from '../../../src/shared/richtext'
import type { Section } from '../../../src/shared/model'
import { findMatches, occurrences, stepMatch } from '../../../src/renderer/src/features/find/find-matches'

function section(id: string, overrides: Partial<Section> = {}): Section {
  return {
    id,
    title: '',
    guidance: '',
    status: 'not_assessed',
    trend: 'none',
    owner: '',
    notes: docFromText(''),
    keyFigures: [],
    decisions: [],
    actions: [],
    ...overrides
  }
}

describe('find in report', () => {
  const sections = [
    section('a', {
      title: 'Tekoäly',
      notes: docFromText('Tekoälyn etiikka.\nToinen TEKOÄLY-kappale.'),
      guidance: 'tekoäly ohjeessa ei lasketa'
    }),
    section('b', {
      title: 'Data',
      keyFigures: [
        {
          id: 'k',
          indicator: 'Tekoälyä käyttävät virastot',
          value: '12',
          target: '',
          unit: '%',
          year: '2025',
          source: ''
        }
      ],
      decisions: [{ id: 'd', text: 'Selvitetään tekoäly.' }],
      actions: [{ id: 'x', what: 'Kooste', who: 'Tekoälytiimi', due: '', state: 'open' }]
    })
  ]

  it('finds every occurrence in titles, notes, key figures, decisions and actions, in reading order', () => {
    expect(findMatches(sections, '  tekoäly ').map((m) => `${m.sectionId}:${m.place}:${m.offset}`)).toEqual([
      'a:title:0',
      'a:notes:0',
      'a:notes:25',
      'b:keyFigure:0',
      'b:decision:12',
      'b:action:7'
    ])
  })

  it('finds nothing for an empty query, and treats special characters literally', () => {
    expect(findMatches(sections, '   ')).toEqual([])
    expect(findMatches(sections, '.*')).toEqual([])
    expect(
      findMatches([section('c', { decisions: [{ id: 'd', text: 'Kasvu 1,2 % (2025)' }] })], '1,2 % (')
    ).toHaveLength(1)
  })

  it('counts occurrences without overlap', () => {
    expect(occurrences('aaaa', 'aa')).toEqual([0, 2])
  })

  it('steps forward and back, wrapping at both ends', () => {
    expect(stepMatch(-1, 1, 3)).toBe(0)
    expect(stepMatch(-1, -1, 3)).toBe(2)
    expect(stepMatch(2, 1, 3)).toBe(0)
    expect(stepMatch(0, -1, 3)).toBe(2)
    expect(stepMatch(0, 1, 0)).toBe(-1)
  })
})
