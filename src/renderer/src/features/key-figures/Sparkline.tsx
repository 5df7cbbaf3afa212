/**
 * A word-sized trend line for the key-figure table: the values meeting by meeting, broken at gaps, the target
 * dashed, the latest point marked, a lone reading between gaps a dot. Decorative for assistive technology: the row states the same in words and the
 * row's chart opens with the full data table.
 */
import type { KeyFigureSeries } from '../../../../shared/key-figures/series'
import { linePath, valueRange, xOf, yOf, type Plot } from './chart-geometry'

const WIDTH = 120
const HEIGHT = 28
const PLOT: Plot = { left: 3, top: 3, width: WIDTH - 6, height: HEIGHT - 6 }

/** A reading with gaps on both sides has no line to be part of: a dot shows it. */
function isolated(values: readonly (number | null)[], index: number): boolean {
  return (values[index - 1] ?? null) === null && (values[index + 1] ?? null) === null
}

export function Sparkline({ series }: { series: KeyFigureSeries }) {
  const values = series.points.map((point) => point.value)
  const range = valueRange(values, series.target?.value)
  const x = (index: number) => xOf(index, values.length, PLOT)
  const y = (value: number) => yOf(value, range, PLOT)
  const lastIndex = values.findLastIndex((value) => value !== null)
  return (
    <svg
      className="kf-sparkline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      aria-hidden="true"
      focusable="false"
      data-testid="sparkline"
      data-points={values.filter((value) => value !== null).length}
    >
      {series.target && (
        <line
          className="kf-target-line"
          x1={PLOT.left}
          x2={PLOT.left + PLOT.width}
          y1={y(series.target.value)}
          y2={y(series.target.value)}
          strokeDasharray="3 2"
        />
      )}
      <path className="kf-line" d={linePath(values, x, y)} />
      {values.map((value, index) =>
        value !== null && (index === lastIndex || isolated(values, index)) ? (
          <circle
            key={index}
            className="kf-point"
            cx={x(index)}
            cy={y(value)}
            r={index === lastIndex ? 2.5 : 1.75}
          />
        ) : null
      )}
    </svg>
  )
}
