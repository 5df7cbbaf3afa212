/** One palette of status colours for screen and document, every colour readable (WCAG 2.1 contrast). */
import { describe, expect, it } from 'vitest'
import { STATUSES } from '../../src/shared/model'
import { STATUS_PALETTE } from '../../src/shared/status-palette'

function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

describe('the status palette', () => {
  it.each(STATUSES)(
    '%s: a mark readable on white, a fill black text reads on, the mark visible on the fill',
    (status) => {
      const { foreground, fill } = STATUS_PALETTE[status]
      expect(contrast(foreground, 'FFFFFF')).toBeGreaterThanOrEqual(4.5)
      expect(contrast(fill, '000000')).toBeGreaterThanOrEqual(12)
      expect(contrast(foreground, fill)).toBeGreaterThanOrEqual(3)
    }
  )

  it('gives each status its own colour, "needs attention" an amber (hue between orange and yellow)', () => {
    const fills = new Set(STATUSES.map((s) => STATUS_PALETTE[s].fill))
    expect(fills.size).toBe(STATUSES.length)
    const [r, g, b] = [0, 2, 4].map((i) =>
      parseInt(STATUS_PALETTE.needs_attention.foreground.slice(i, i + 2), 16)
    )
    const hue = (60 * ((g! - b!) / (r! - b!)) + 360) % 360
    expect(hue).toBeGreaterThanOrEqual(30)
    expect(hue).toBeLessThanOrEqual(50)
  })
})
