/**
 * A native Word chart for each key figure read at two meetings or more: the value at each meeting (dates in the
 * document's language as categories), the target as a dashed, labelled line, the one-sentence summary the app shows
 * under it, and the data as a table — a chart is never the only place its numbers are.
 */
import { formatDate } from '../../shared/dates'
import { isChartable, seriesFacts } from '../../shared/key-figures/facts'
import {
  displayScale,
  formatQuantity,
  summarySentence,
  targetLabel,
  type FigureWords
} from '../../shared/key-figures/figure-text'
import { snapshotOf, type ReportSnapshot } from '../../shared/key-figures/history'
import { keyFigureSeries, type KeyFigureSeries, type SeriesPoint } from '../../shared/key-figures/series'
import { translator } from '../../shared/i18n'
import type { Language, Report, Section } from '../../shared/model'
import { SHEET_NAMES } from './chart-workbook'
import type { ChartLine, LineChartSpec } from './chart-xml'
import { Charts, type ChartNames } from './charts'
import { cleanDeep } from './clean'
import type { RenderContext } from './context'
import { dataTable } from './tables'
import { para, run, type Block } from './wml'

const VALUE_COLOUR = '1F4E79'
const TARGET_COLOUR = 'C55A11'

/** What the body needs to draw key-figure charts: each figure's series by id, the words, the charts' parts. */
export interface KeyFigureCharts {
  series: ReadonlyMap<string, KeyFigureSeries>
  words: FigureWords
  /** The sentence that ends each chart's description: where its data is. */
  dataBelow: string
  charts: Charts
}

/**
 * The charts of an export of `report` (cleaned) in `language`: `snapshots` is its meeting series, oldest first, as
 * keyFigures.history reads it; the series with two readings or more get a chart.
 */
export function keyFigureCharts(
  report: Report,
  snapshots: readonly ReportSnapshot[],
  language: Language,
  drawingId: () => number,
  names?: ChartNames
): KeyFigureCharts {
  const t = translator(language, 'keyFigures')
  // The report as exported is the series' last meeting; the earlier ones are cleaned the same way.
  const earlier = cleanDeep(snapshots.filter((snapshot) => snapshot.id !== report.id))
  const series = keyFigureSeries([...earlier, snapshotOf(report)])
  return {
    series: new Map(series.filter(isChartable).map((one) => [one.figureId, one])),
    words: { t: (key, values) => t(key as Parameters<typeof t>[0], values), language },
    dataBelow: translator(language, 'exportCharts')('dataBelow'),
    charts: new Charts(drawingId, names)
  }
}

/** "#,##0.0": as many decimals as the values have (at most two); the reader's locale supplies the separators. */
function numberFormat(values: readonly (number | null)[]): string {
  let decimals = 0
  for (const value of values) {
    if (value === null) continue
    const fraction = /\.(\d+)$/.exec(String(Number(value.toFixed(2))))?.[1] ?? ''
    decimals = Math.max(decimals, fraction.length)
  }
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`
}

function chartSpec(series: KeyFigureSeries, { t, language }: FigureWords, locale: string): LineChartSpec {
  const scale = displayScale(series)
  const scaled = (value: number) => Number((value / scale).toPrecision(12))
  const values = series.points.map((point) => (point.value === null ? null : scaled(point.value)))
  const lines: ChartLine[] = [{ name: t('chart.value'), values, color: VALUE_COLOUR }]
  if (series.target) {
    const target = scaled(series.target.value)
    lines.push({
      name: targetLabel(series, { t, language }),
      values: series.points.map(() => target),
      color: TARGET_COLOUR,
      dashed: true
    })
  }
  const scaleWord = scale === 1e9 ? t('scale.billion') : scale === 1e6 ? t('scale.million') : ''
  return {
    title: series.indicator.trim() || t('table.untitled'),
    locale,
    categories: series.points.map((point) => formatDate(point.meetingDate, language) || t('chart.noDate')),
    lines,
    numberFormat: numberFormat(lines.flatMap((line) => line.values)),
    unit: [scaleWord, series.unit].filter(Boolean).join(' '),
    sheet: SHEET_NAMES[language] ?? 'Sheet1'
  }
}

/** The chart, its summary and its data table for each charted key figure of `section`. */
export function keyFigureChartBlocks(section: Section, ctx: RenderContext): Block[] {
  const kf = ctx.charts
  if (!kf) return []
  const { t } = kf.words
  const blocks: Block[] = []
  for (const figure of section.keyFigures) {
    const series = kf.series.get(figure.id)
    if (!series) continue
    const spec = chartSpec(series, kf.words, ctx.words.locale)
    const summary = summarySentence(series, seriesFacts(series), kf.words)
    const name = t('chart.name', { indicator: spec.title })
    const description = `${name}. ${summary}. ${kf.dataBelow}`
    const note = (point: SeriesPoint): string =>
      point.gap
        ? t(`chart.gap.${point.gap}`, { text: point.text })
        : point.approximate
          ? t('chart.approximate')
          : ''
    const last = series.points.length - 1
    blocks.push(
      // The chart keeps with its summary and table: a chart alone at a page's foot says little.
      para(
        { keepNext: true, spacing: { before: 120, after: 60 } },
        kf.charts.run(spec, { name, description })
      ),
      para({ keepNext: true }, run(`${summary}.`)),
      dataTable(
        ctx,
        t('chart.dataCaption', { indicator: spec.title }),
        [t('chart.meeting'), t('chart.date'), t('chart.value'), t('chart.note')],
        series.points.map((point, index) => [
          index === last
            ? `${point.reportTitle || t('chart.untitledReport')} (${t('chart.thisReport')})`
            : point.reportTitle || t('chart.untitledReport'),
          {
            text: formatDate(point.meetingDate, kf.words.language) || t('chart.noDate'),
            label: true,
            number: true
          },
          {
            text: point.value === null ? '–' : formatQuantity(point.value, series, kf.words),
            label: true,
            number: true
          },
          { text: note(point), label: true }
        ]),
        [3.2, 1.6, 1.6, 3]
      )
    )
  }
  return blocks
}
