import { describe, expect, it } from 'vitest'
import { hasChanges, matchSections, reportChanges } from '../../src/shared/changes'
import type { Report } from '../../src/shared/model'
import { nextFromPrevious, withStatus } from '../../src/shared/report-ops'
import { action, counterIds, keyFigure, report, section } from '../fixtures/templates/reports'

const carry = (previous: Report): Report =>
  nextFromPrevious(previous, {
    id: 'B',
    now: '2026-12-10T08:00:00.000Z',
    newId: counterIds('b'),
    carryNotes: false
  })

function reportA(): Report {
  return report('A', [
    section('s1', {
      templateSectionId: 'summary',
      title: 'Yhteenveto',
      status: 'needs_attention',
      keyFigures: [keyFigure('k1', { value: '72' }), keyFigure('k2', { value: '10' })],
      actions: [action('a1'), action('a2', { state: 'in_progress' }), action('a3', { state: 'done' })]
    }),
    section('s2', { templateSectionId: 'risks', title: 'Riskit', status: 'on_track' }),
    section('s3', { title: 'Poistuva osio', status: 'critical' })
  ])
}

describe('reportChanges', () => {
  it('reports nothing for a freshly carried report', () => {
    const changes = reportChanges(reportA(), carry(reportA()))
    expect(changes.sections.filter(hasChanges)).toEqual([])
    expect(changes.added).toEqual([])
    expect(changes.removed).toEqual([])
    expect(changes.sections.map((c) => c.previousSectionId)).toEqual(['s1', 's2', 's3'])
  })

  it('lists a status change as from → to', () => {
    const b = carry(reportA())
    b.sections[0] = withStatus(b.sections[0]!, 'on_track')
    const [summary] = reportChanges(reportA(), b).sections
    expect(summary!.status).toEqual({ from: 'needs_attention', to: 'on_track' })
    expect(summary!.title).toBe('Yhteenveto')
  })

  it('lists key figures whose new value differs, and ignores values not yet entered or unchanged', () => {
    const b = carry(reportA())
    b.sections[0]!.keyFigures[0]!.value = '75'
    b.sections[0]!.keyFigures[1]!.value = '10'
    b.sections[0]!.keyFigures.push(keyFigure('k3', { indicator: 'Uusi luku', value: '5' }))
    const [summary] = reportChanges(reportA(), b).sections
    expect(summary!.keyFigures).toEqual([
      { keyFigureId: 'k1', indicator: 'Indicator k1', unit: '%', from: '72', to: '75' },
      { keyFigureId: 'k3', indicator: 'Uusi luku', unit: '%', from: '', to: '5' }
    ])
  })

  it('matches key figures by indicator when their ids differ', () => {
    const b = carry(reportA())
    b.sections[0]!.keyFigures = [keyFigure('other', { indicator: 'Indicator k1', value: '80' })]
    expect(reportChanges(reportA(), b).sections[0]!.keyFigures[0]).toMatchObject({ from: '72', to: '80' })
  })

  it('lists new actions and actions closed since the previous report', () => {
    const b = carry(reportA())
    b.sections[0]!.actions[0]!.state = 'done'
    b.sections[0]!.actions[1]!.state = 'done'
    b.sections[1]!.actions.push(action('new1'), action('new2', { state: 'done' }))
    const changes = reportChanges(reportA(), b)
    expect(changes.sections[0]!.closedActions.map((a) => a.id)).toEqual(['a1', 'a2'])
    expect(changes.sections[0]!.newActions).toEqual([])
    expect(changes.sections[1]!.newActions.map((a) => a.id)).toEqual(['new1', 'new2'])
    expect(changes.sections[1]!.closedActions).toEqual([])
  })

  it('does not count an action moved to another section as new, but does count its closing', () => {
    const b = carry(reportA())
    const moved = b.sections[0]!.actions.shift()!
    b.sections[1]!.actions.push({ ...moved, state: 'done' })
    const changes = reportChanges(reportA(), b)
    expect(changes.sections[1]!.newActions).toEqual([])
    expect(changes.sections[1]!.closedActions.map((a) => a.id)).toEqual(['a1'])
  })

  it('lists sections added and removed between reports', () => {
    const b = carry(reportA())
    b.sections.splice(2, 1)
    b.sections.push(section('fresh', { title: 'Tekoäly', status: 'critical', actions: [action('x1')] }))
    b.sections.push(section('fresh2', { title: 'Arvioimaton' }))
    const changes = reportChanges(reportA(), b)
    expect(changes.removed.map((s) => s.title)).toEqual(['Poistuva osio'])
    expect(changes.added.map((s) => s.title)).toEqual(['Tekoäly', 'Arvioimaton'])
    const added = changes.sections[2]!
    expect(added.previousSectionId).toBeUndefined()
    expect(added.status).toEqual({ to: 'critical' })
    expect(added.newActions.map((a) => a.id)).toEqual(['x1'])
    expect(hasChanges(changes.sections[3]!)).toBe(false)
  })

  it('follows reordered sections', () => {
    const b = carry(reportA())
    b.sections.reverse()
    b.sections[0] = withStatus(b.sections[0]!, 'on_track')
    const changes = reportChanges(reportA(), b)
    expect(changes.sections.map((c) => c.previousSectionId)).toEqual(['s3', 's2', 's1'])
    expect(changes.sections[0]!.status).toEqual({ from: 'critical', to: 'on_track' })
    expect(changes.added).toEqual([])
  })
})

describe('matchSections', () => {
  it('prefers the template section, then the id, then the title (case and spacing ignored)', () => {
    const previous = [
      section('p1', { templateSectionId: 'risks', title: 'Riskit' }),
      section('p2', { title: 'Talous' }),
      section('p3', { title: ' Oma  OSIO ' })
    ]
    const current = [
      section('c1', { title: 'Riskit' }),
      section('c2', { templateSectionId: 'risks', title: 'Riskit ja uhat' }),
      section('p2', { title: 'Rahoitus' }),
      section('c3', { title: 'oma osio' })
    ]
    const pairs = matchSections(previous, current)
    expect(current.map((c) => pairs.get(c)?.id)).toEqual([undefined, 'p1', 'p2', 'p3'])
  })

  it('never pairs one previous section twice and does not match empty titles', () => {
    const previous = [section('p1', { title: '' })]
    const current = [section('c1', { title: '' }), section('c2', { title: '' })]
    expect(matchSections(previous, current).size).toBe(0)
    const twins = matchSections(
      [section('p', { title: 'Sama' })],
      [section('a', { title: 'Sama' }), section('b', { title: 'Sama' })]
    )
    expect(twins.size).toBe(1)
  })
})
