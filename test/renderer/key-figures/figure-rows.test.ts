/** Sorting the Tunnusluvut table: figures with nothing to sort by stay last either way; text collates in Finnish. */
import { describe, expect, it } from 'vitest'
import { figureRows, nextSort, sortRows } from '../../../src/renderer/src/features/key-figures/figure-rows'
import { snapshotOf } from '../../../src/shared/key-figures/history'
import { keyFigure, report, section } from '../../fixtures/templates/reports'

const rows = figureRows([
  snapshotOf(
    report('r', [
      section('s', {
        keyFigures: [
          keyFigure('a', { indicator: 'Äänestys verkossa', value: '40', target: '50' }),
          keyFigure('b', { indicator: 'Arkistot', value: 'n/a', target: '' }),
          keyFigure('c', { indicator: 'Öljy', value: '90', target: '100' }),
          keyFigure('d', { indicator: 'Yhteydet', value: '10', target: '' })
        ]
      })
    ])
  )
])
const names = (sorted: typeof rows) => sorted.map((row) => row.series.indicator)

describe('sortRows', () => {
  it('keeps the report order when nothing is sorted', () => {
    expect(names(sortRows(rows, null, 'fi'))).toEqual(['Äänestys verkossa', 'Arkistot', 'Öljy', 'Yhteydet'])
  })

  it('puts a figure without a value last, ascending and descending', () => {
    expect(names(sortRows(rows, { key: 'latest', direction: 'ascending' }, 'fi'))).toEqual([
      'Yhteydet',
      'Äänestys verkossa',
      'Öljy',
      'Arkistot'
    ])
    expect(names(sortRows(rows, { key: 'latest', direction: 'descending' }, 'fi'))).toEqual([
      'Öljy',
      'Äänestys verkossa',
      'Yhteydet',
      'Arkistot'
    ])
  })

  it('sorts distance as a share of the target, figures without a target last', () => {
    // 10 of 100 left (0,1) is nearer than 10 of 50 (0,2).
    expect(names(sortRows(rows, { key: 'distance', direction: 'ascending' }, 'fi'))).toEqual([
      'Öljy',
      'Äänestys verkossa',
      'Arkistot',
      'Yhteydet'
    ])
  })

  it('collates text in the UI language: Ä and Ö after Y in Finnish', () => {
    expect(names(sortRows(rows, { key: 'indicator', direction: 'ascending' }, 'fi'))).toEqual([
      'Arkistot',
      'Yhteydet',
      'Äänestys verkossa',
      'Öljy'
    ])
  })

  it('sorts ascending on the first press and turns the order on the next', () => {
    expect(nextSort(null, 'latest')).toEqual({ key: 'latest', direction: 'ascending' })
    expect(nextSort({ key: 'latest', direction: 'ascending' }, 'latest')).toEqual({
      key: 'latest',
      direction: 'descending'
    })
    expect(nextSort({ key: 'latest', direction: 'descending' }, 'section')).toEqual({
      key: 'section',
      direction: 'ascending'
    })
  })
})
