/**
 * What a reader asks of a key-figure series: where it stands now, how it moved since the previous meeting, and how
 * far it is from its target. Numbers only; the words (in the report's language) are the renderer's.
 */
import type { KeyFigureSeries, SeriesPoint } from './series'

export interface SeriesFacts {
  /** The newest point with a number; `current` when it is the open report's own. */
  latest?: { point: SeriesPoint & { value: number }; current: boolean }
  /**
   * Change from the reading before the latest: in the figure's unit (percentage points for a share in per cent),
   * and relative to the earlier value when that is not zero. `previousMeeting` is false when meetings without a
   * number lie between the two readings.
   */
  change?: {
    delta: number
    relative: number | null
    from: SeriesPoint & { value: number }
    previousMeeting: boolean
  }
  /**
   * How far the latest reading is from the target. The direction is the series' own: a target above the first
   * reading is reached from below, one below it from above. `share` is the remaining distance as a share of the
   * target, comparable across units (for sorting).
   */
  distance?: { remaining: number; reached: boolean; share: number }
}

const hasValue = (point: SeriesPoint): point is SeriesPoint & { value: number } => point.value !== null

/** The facts of one series. */
export function seriesFacts(series: KeyFigureSeries): SeriesFacts {
  const readings = series.points
    .map((point, index) => ({ point, index }))
    .filter((entry): entry is { point: SeriesPoint & { value: number }; index: number } =>
      hasValue(entry.point)
    )
  const last = readings.at(-1)
  if (!last) return {}
  const facts: SeriesFacts = {
    latest: { point: last.point, current: last.index === series.points.length - 1 }
  }
  const before = readings.at(-2)
  if (before) {
    const delta = last.point.value - before.point.value
    facts.change = {
      // Rounded to what people write, so 72,5 − 69,4 is 3,1 and not 3,0999999999999943.
      delta: Number(delta.toPrecision(12)),
      relative: before.point.value === 0 ? null : delta / Math.abs(before.point.value),
      from: before.point,
      previousMeeting: before.index === last.index - 1
    }
  }
  if (series.target) {
    const target = series.target.value
    const rising = (readings[0]?.point.value ?? last.point.value) <= target
    const reached = rising ? last.point.value >= target : last.point.value <= target
    const remaining = reached ? 0 : Number(Math.abs(target - last.point.value).toPrecision(12))
    facts.distance = { remaining, reached, share: target === 0 ? remaining : remaining / Math.abs(target) }
  }
  return facts
}

/** A series worth a chart: readings at two meetings or more (one reading is a number, not a movement). */
export function isChartable(series: KeyFigureSeries): boolean {
  let readings = 0
  for (const point of series.points) if (hasValue(point) && ++readings >= 2) return true
  return false
}
