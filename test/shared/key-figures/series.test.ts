/**
 * Key figures over a meeting series: one series per figure of the open report, the value at each meeting, gaps with
 * their reason where no number can be read, the target as a line; figures matched by id, else by indicator text.
 */
import { describe, expect, it } from 'vitest'
import { snapshotOf, type ReportSnapshot } from '../../../src/shared/key-figures/history'
import { keyFigureSeries, type KeyFigureSeries } from '../../../src/shared/key-figures/series'
import { seriesFacts } from '../../../src/shared/key-figures/facts'
import { createFromTemplate } from '../../../src/shared/report-ops'
import { DIGITALISATION_TEMPLATE } from '../../../src/shared/templates/digitalisation'
import { counterIds, keyFigure, report, section } from '../../fixtures/templates/reports'
import { CLOUD, ONLINE, SKILLS, fiveMeetings } from './chain'

const values = (series: KeyFigureSeries) => series.points.map((point) => point.value)
const gaps = (series: KeyFigureSeries) => series.points.map((point) => point.gap ?? null)

function seriesOf(snapshots: ReportSnapshot[], indicator: string): KeyFigureSeries {
  const found = keyFigureSeries(snapshots).find((series) => series.indicator === indicator)
  if (!found) throw new Error(`no series for ${indicator}`)
  return found
}

describe('keyFigureSeries over five meetings', () => {
  const snapshots = fiveMeetings().map(snapshotOf)

  it('has one series per figure of the open report, in its order: the removed figure is gone, the added one is there', () => {
    expect(keyFigureSeries(snapshots).map((series) => series.indicator)).toEqual([ONLINE, SKILLS, CLOUD])
  })

  it('puts each meeting’s value at that meeting’s date, with gaps where nothing can be read', () => {
    const online = seriesOf(snapshots, ONLINE)
    expect(online.points.map((point) => point.meetingDate)).toEqual([
      '2025-02-10',
      '2025-05-12',
      '2025-09-15',
      '2025-12-08',
      '2026-03-09'
    ])
    expect(values(online)).toEqual([72.5, 75, 76.1, null, 79.2])
    expect(gaps(online)).toEqual([null, null, null, 'empty', null])
    expect(online.points[0]?.text).toBe('72,5 %')

    const skills = seriesOf(snapshots, SKILLS)
    expect(values(skills)).toEqual([79, null, null, null, 81])
    expect(gaps(skills)).toEqual([null, 'unreadable', 'empty', 'empty', null])
  })

  it('starts an added figure at the meeting it was added, and never reads another unit as a point', () => {
    const cloud = seriesOf(snapshots, CLOUD)
    expect(cloud.points.map((point) => point.reportId)).toEqual(['m3', 'm4', 'm5'])
    expect(values(cloud)).toEqual([60, 62, null])
    expect(gaps(cloud)).toEqual([null, null, 'other_unit'])
  })

  it('draws the target from the target text, with the year', () => {
    expect(seriesOf(snapshots, ONLINE).target).toEqual({ value: 100, text: '100', year: '2030' })
    expect(seriesOf(snapshots, SKILLS).target).toEqual({ value: 80, text: '80 %', year: '2030' })
    expect(seriesOf(snapshots, ONLINE)).toMatchObject({ unit: '%', percent: true, targetUnreadable: false })
  })

  it('gives the latest value, the change from the reading before and the distance to the target', () => {
    const online = seriesFacts(seriesOf(snapshots, ONLINE))
    expect(online.latest).toMatchObject({ current: true, point: { value: 79.2, reportId: 'm5' } })
    // 76,1 at the third meeting; the fourth had no value, so this is not "since the previous meeting".
    expect(online.change).toMatchObject({ delta: 3.1, previousMeeting: false, from: { reportId: 'm3' } })
    expect(online.distance).toMatchObject({ remaining: 20.8, reached: false })
    expect(online.distance?.share).toBeCloseTo(0.208)

    const skills = seriesFacts(seriesOf(snapshots, SKILLS))
    expect(skills.change).toMatchObject({ delta: 2 })
    expect(skills.distance).toMatchObject({ remaining: 0, reached: true })

    const cloud = seriesFacts(seriesOf(snapshots, CLOUD))
    expect(cloud.latest).toMatchObject({ current: false, point: { value: 62, reportId: 'm4' } })
    expect(cloud.change).toMatchObject({ delta: 2, previousMeeting: true })
  })
})

describe('matching figures across reports', () => {
  it('follows the indicator text in the same section when ids differ (reports rebuilt from the template)', () => {
    const options = { language: 'fi' as const, now: '2026-01-01T08:00:00.000Z' }
    const older = createFromTemplate(DIGITALISATION_TEMPLATE, {
      ...options,
      id: 'old',
      newId: counterIds('a')
    })
    const newer = createFromTemplate(DIGITALISATION_TEMPLATE, {
      ...options,
      id: 'new',
      newId: counterIds('b')
    })
    const fill = (r: typeof older, value: string) => ({
      ...r,
      sections: r.sections.map((s) => ({ ...s, keyFigures: s.keyFigures.map((f) => ({ ...f, value })) }))
    })
    const series = keyFigureSeries([snapshotOf(fill(older, '40')), snapshotOf(fill(newer, '45'))])
    expect(series.length).toBeGreaterThan(5)
    for (const one of series) expect(values(one)).toEqual([40, 45])
  })

  it('tells apart figures with the same indicator text by their section', () => {
    const make = (id: string, a: string, b: string) =>
      snapshotOf(
        report(id, [
          section(`${id}-x`, {
            templateSectionId: 'x',
            keyFigures: [keyFigure(`${id}-1`, { indicator: 'Osuus', value: a })]
          }),
          section(`${id}-y`, {
            templateSectionId: 'y',
            keyFigures: [keyFigure(`${id}-2`, { indicator: 'Osuus', value: b })]
          })
        ])
      )
    const series = keyFigureSeries([make('r1', '10', '90'), make('r2', '20', '80')])
    expect(series.map(values)).toEqual([
      [10, 20],
      [90, 80]
    ])
  })

  it('reads the scale of the unit field: "12" in "milj. €" is twelve million', () => {
    const make = (id: string, value: string) =>
      snapshotOf(
        report(id, [
          section('funds', {
            keyFigures: [keyFigure('budget', { value, unit: 'milj. €', target: '15', indicator: 'Rahoitus' })]
          })
        ])
      )
    const [budget] = keyFigureSeries([make('r1', '12'), make('r2', '0,013 mrd')])
    expect(values(budget as KeyFigureSeries)).toEqual([12_000_000, 13_000_000])
    expect(budget).toMatchObject({ unit: '€', percent: false, target: { value: 15_000_000 } })
  })

  it('says the target cannot be read rather than drawing a line at zero', () => {
    const snapshot = snapshotOf(
      report('r1', [
        section('s', { keyFigures: [keyFigure('f', { value: '3', target: 'kaikki', indicator: 'X' })] })
      ])
    )
    expect(keyFigureSeries([snapshot])[0]).toMatchObject({ target: null, targetUnreadable: true })
  })

  it('has nothing to draw for a report without key figures', () => {
    expect(keyFigureSeries([snapshotOf(report('r1', [section('s')]))])).toEqual([])
    expect(keyFigureSeries([])).toEqual([])
  })
})
