/**
 * A word-sized trend line for the key-figure table: the values meeting by meeting, broken at gaps, the target
 * dashed, the latest point marked. Decorative for assistive technology: the row states the same in words and the
 * row's chart opens with the full data table.
 */
import type { KeyFigureSeries } from '../../../../shared/key-figures/series'
import { linePath, valueRange, xOf, yOf, type Plot } from './chart-geometry'

const WIDTH = 120
const HEIGHT = 28
const PLOT: Plot = { left: 3, top: 3, width: WIDTH - 6, height: HEIGHT - 6 }

export function Sparkline({ series }: { series: KeyFigureSeries }) {
  const values = series.points.map((point) => point.value)
  const range = valueRange(values, series.target?.value)
  const x = (index: number) => xOf(index, values.length, PLOT)
  const y = (value: number) => yOf(value, range, PLOT)
  const lastIndex = values.findLastIndex((value) => value !== null)
  const last = values[lastIndex]
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
      {last !== undefined && last !== null && (
        <circle className="kf-point" cx={x(lastIndex)} cy={y(last)} r={2.5} />
      )}
    </svg>
  )
}
