/**
 * One key figure over the meetings as a small SVG chart of our own: a solid line with round points, broken where a
 * meeting has no number, and the target as a dashed line with its label — never colour alone. The chart is one
 * focusable image with a name; its data is the table beside it (SeriesTable), which is what a screen reader reads.
 */
import type { KeyFigureSeries } from '../../../../shared/key-figures/series'
import { formatDate } from '../../../../shared/dates'
import { linePath, niceTicks, valueRange, xOf, yOf, type Plot } from './chart-geometry'
import {
  displayScale,
  formatNumber,
  targetLabel,
  type FigureWords
} from '../../../../shared/key-figures/figure-text'

const WIDTH = 640
const HEIGHT = 260
const TOP = 30
const BOTTOM = 48
/** Room for half a date label (centred on its meeting) at either end. */
const EDGE = 40
/** About how wide one character of the 13-unit axis text is: the value axis makes room for its longest label. */
const CHARACTER = 7.5
const MAX_DATE_LABELS = 7

function plotFor(tickTexts: string[]): Plot {
  const left = Math.max(EDGE, 14 + CHARACTER * Math.max(0, ...tickTexts.map((text) => text.length)))
  return { left, top: TOP, width: WIDTH - left - EDGE, height: HEIGHT - TOP - BOTTOM }
}

interface Props {
  series: KeyFigureSeries
  /** Words in the report's language: the chart is part of the report's content. */
  words: FigureWords
  /** The accessible name ("Kuvaaja: …"), and the id of the summary sentence that describes it. */
  name: string
  describedBy?: string
}

/** The unit over the value axis: "%", "mrd €". */
function axisUnit(series: KeyFigureSeries, words: FigureWords): string {
  if (series.percent) return '%'
  const scale = displayScale(series)
  const word = scale === 1e9 ? words.t('scale.billion') : scale === 1e6 ? words.t('scale.million') : ''
  return [word, series.unit].filter(Boolean).join(' ')
}

export function KeyFigureChart({ series, words, name, describedBy }: Props) {
  const values = series.points.map((point) => point.value)
  const range = valueRange(values, series.target?.value)
  const ticks = niceTicks(range[0], range[1], 5)
  // Tick labels without the unit (it stands once over the axis); thousands keep their separators.
  const scale = displayScale(series)
  const tickTexts = ticks.map((tick) => formatNumber(tick / scale, words.language))
  const plot = plotFor(tickTexts)
  const count = series.points.length
  const x = (index: number) => xOf(index, count, plot)
  const y = (value: number) => yOf(value, range, plot)
  const every = Math.ceil(count / MAX_DATE_LABELS)
  // Every few meetings a date, and always the last one — without one crowding it from just before.
  const labelled = (index: number) =>
    index === count - 1 || (index % every === 0 && count - 1 - index >= every / 2)
  const bottom = plot.top + plot.height

  return (
    <svg
      className="kf-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={name}
      aria-describedby={describedBy}
      tabIndex={0}
      lang={words.language}
    >
      <text className="kf-axis-unit" x={plot.left - 8} y={16} textAnchor="end">
        {axisUnit(series, words)}
      </text>
      {ticks.map((tick, index) => (
        <g key={tick}>
          <line className="kf-grid" x1={plot.left} x2={plot.left + plot.width} y1={y(tick)} y2={y(tick)} />
          <text className="kf-tick" x={plot.left - 8} y={y(tick) + 4} textAnchor="end">
            {tickTexts[index]}
          </text>
        </g>
      ))}
      <line className="kf-axis" x1={plot.left} x2={plot.left + plot.width} y1={bottom} y2={bottom} />
      {series.points.map((point, index) =>
        labelled(index) ? (
          <text key={point.reportId} className="kf-tick" x={x(index)} y={bottom + 18} textAnchor="middle">
            {formatDate(point.meetingDate, words.language) || '–'}
          </text>
        ) : null
      )}
      {series.target && (
        <g className="kf-target" data-testid="target-line">
          <line
            x1={plot.left}
            x2={plot.left + plot.width}
            y1={y(series.target.value)}
            y2={y(series.target.value)}
            strokeDasharray="8 5"
          />
          <text x={plot.left + plot.width} y={y(series.target.value) - 6} textAnchor="end">
            {targetLabel(series, words)}
          </text>
        </g>
      )}
      <path className="kf-line" d={linePath(values, x, y)} data-testid="value-line" />
      {series.points.map((point, index) =>
        point.value === null ? null : (
          <circle
            key={point.reportId}
            className={point.approximate ? 'kf-point kf-point-approximate' : 'kf-point'}
            cx={x(index)}
            cy={y(point.value)}
            r={count > 30 ? 2.5 : 4}
          />
        )
      )}
    </svg>
  )
}
