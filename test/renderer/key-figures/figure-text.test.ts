/**
 * The one-sentence summary of a key figure in the report's language: percentage points for shares, the unit's own
 * change and per cent for other quantities, the date when the comparison skips meetings without a value.
 */
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { seriesFacts } from '../../../src/shared/key-figures/facts'
import { snapshotOf } from '../../../src/shared/key-figures/history'
import { keyFigureSeries } from '../../../src/shared/key-figures/series'
import type { Language } from '../../../src/shared/model'
import { summarySentence } from '../../../src/shared/key-figures/figure-text'
import { keyFigure, report, section } from '../../fixtures/templates/reports'

const NBSP = '\u00A0'
/** Intl writes no-break spaces (and U+2212 for minus); the sentence is compared as a reader sees it. */
const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ').replace(/\u2212/g, '-')

/** The summary of one figure whose values at successive meetings are `values`. */
function summary(
  language: Language,
  values: string[],
  figure: { target?: string; unit?: string; year?: string } = {}
): string {
  const reports = values.map((value, index) =>
    report(
      `r${index}`,
      [
        section('s', {
          keyFigures: [
            keyFigure('f', { indicator: 'Osuus', value, target: '80', unit: '%', year: '2030', ...figure })
          ]
        })
      ],
      { language, meeting: { ...report('x', []).meeting, date: `2025-0${index + 1}-15` } }
    )
  )
  const [series] = keyFigureSeries(reports.map(snapshotOf))
  if (!series) throw new Error('no series')
  return plain(
    summarySentence(series, seriesFacts(series), { t: i18next.getFixedT(language, 'keyFigures'), language })
  )
}

describe('summarySentence', () => {
  it('says where a share stands, its target and its change in percentage points, in fi, sv and en', () => {
    expect(summary('fi', ['69,4', '72,5'])).toBe(
      '72,5 % — tavoite 80 % (2030), +3,1 %-yks. edellisestä kokouksesta'
    )
    expect(summary('sv', ['69,4', '72,5'])).toBe(
      '72,5 % — mål 80 % (2030), +3,1 procentenheter sedan föregående möte'
    )
    expect(summary('en', ['69.4', '72.5'])).toBe(
      '72.5% — target 80% (2030), +3.1 percentage points since the previous meeting'
    )
    expect(summary('en', ['71.5', '72.5'])).toBe(
      '72.5% — target 80% (2030), +1 percentage point since the previous meeting'
    )
    expect(summary('fi', ['75', '72,5'])).toBe(
      '72,5 % — tavoite 80 % (2030), -2,5 %-yks. edellisestä kokouksesta'
    )
  })

  it('gives other quantities their own change and the change in per cent', () => {
    const money = { unit: '€', target: '2 mrd', year: '' }
    expect(summary('fi', ['1,2 mrd', '1,5 mrd'], money)).toBe(
      '1,5 mrd € — tavoite 2 mrd €, +0,3 mrd € (+25 %) edellisestä kokouksesta'
    )
    expect(summary('en', ['1.2 bn', '1.5 bn'], money)).toBe(
      '€1.5 billion — target €2 billion, +€0.3 billion (+25%) since the previous meeting'
    )
    expect(summary('sv', ['1 000', '1 200'], { unit: 'st', target: '', year: '' })).toBe(
      `1 200 st, +200 st (+20 %) sedan föregående möte`
    )
  })

  it('names the earlier reading’s date when meetings without a value lie between, and says when nothing moved', () => {
    expect(summary('fi', ['70', '', '72,5'])).toBe(
      '72,5 % — tavoite 80 % (2030), +2,5 %-yks. edellisestä lukemasta (15.1.2025)'
    )
    expect(summary('fi', ['72,5', '72,5'])).toBe(
      '72,5 % — tavoite 80 % (2030), ei muutosta edellisestä kokouksesta'
    )
  })

  it('dates a latest value that is not this meeting’s, and says when there is nothing to compare', () => {
    expect(summary('fi', ['70', '72,5', ''])).toBe(
      '72,5 % (15.2.2025) — tavoite 80 % (2030), +2,5 %-yks. edellisestä kokouksesta'
    )
    expect(summary('fi', ['72,5'])).toBe('72,5 % — tavoite 80 % (2030), ei aiempaa lukemaa')
    expect(summary('fi', ['n/a', ''])).toBe('Tunnusluvulla ei ole vielä luettavaa arvoa')
  })

  it('writes no-break spaces where Finnish typography wants them', () => {
    const reports = [
      report('r', [section('s', { keyFigures: [keyFigure('f', { value: '72,5', unit: '%' })] })])
    ]
    const [series] = keyFigureSeries(reports.map(snapshotOf))
    const text = summarySentence(series!, seriesFacts(series!), {
      t: i18next.getFixedT('fi', 'keyFigures'),
      language: 'fi'
    })
    expect(text.startsWith(`72,5${NBSP}%`)).toBe(true)
  })
})
