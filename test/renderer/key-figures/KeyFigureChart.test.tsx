/** The chart of a long series: dates along the axis without crowding, every reading a point, gaps as breaks. */
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import { KeyFigureChart } from '../../../src/renderer/src/features/key-figures/KeyFigureChart'
import type { KeyFigureSeries } from '../../../src/shared/key-figures/series'

function longSeries(count: number): KeyFigureSeries {
  return {
    figureId: 'f',
    sectionId: 's',
    sectionTitle: 'Osio',
    indicator: 'Osuus',
    unit: '%',
    scale: 1,
    percent: true,
    targetText: '80',
    targetUnreadable: false,
    target: { value: 80, text: '80', year: '2030' },
    points: Array.from({ length: count }, (_, i) => ({
      reportId: `r${i}`,
      reportTitle: `Kokous ${i + 1}`,
      meetingDate: new Date(Date.UTC(2020, 0, 6 + i * 28)).toISOString().slice(0, 10),
      text: i === 20 ? '' : String(40 + i / 2),
      value: i === 20 ? null : 40 + i / 2,
      ...(i === 20 ? { gap: 'empty' as const } : {})
    }))
  }
}

describe('KeyFigureChart', () => {
  it('labels a few dates and always the last one, draws every reading and breaks the line at a gap', () => {
    const words = { t: i18next.getFixedT('fi', 'keyFigures'), language: 'fi' }
    render(<KeyFigureChart series={longSeries(50)} words={words} name="Kuvaaja: Osuus" />)
    const chart = screen.getByRole('img', { name: 'Kuvaaja: Osuus' })
    const labels = [...chart.querySelectorAll('text.kf-tick')].filter((text) =>
      /\d+\.\d+\.\d{4}/.test(text.textContent ?? '')
    )
    const dates = labels.map((text) => text.textContent)
    // No two dates so close that they overprint (a date is about 60 units wide).
    const xs = labels.map((text) => Number(text.getAttribute('x')))
    const gaps = xs.slice(1).map((x, i) => x - (xs[i] as number))
    expect(Math.min(...gaps)).toBeGreaterThan(60)
    expect(dates.length).toBeGreaterThan(3)
    expect(dates.length).toBeLessThanOrEqual(8)
    expect(dates.at(-1)).toBe('9.10.2023')
    expect(chart.querySelectorAll('circle')).toHaveLength(49)
    expect(chart.querySelector('[data-testid="value-line"]')?.getAttribute('d')?.match(/M/g)).toHaveLength(2)
  })
})
