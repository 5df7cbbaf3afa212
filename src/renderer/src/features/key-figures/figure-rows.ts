/**
 * The rows of the Tunnusluvut table: each key figure's series with its facts, in the report's order or sorted by a
 * column. A figure with nothing to sort by (no value, no target) goes last in either direction.
 */
import { seriesFacts, type SeriesFacts } from '../../../../shared/key-figures/facts'
import { keyFigureSeries, type KeyFigureSeries } from '../../../../shared/key-figures/series'
import type { ReportSnapshot } from '../../../../shared/key-figures/history'

export const SORT_KEYS = ['indicator', 'section', 'latest', 'distance'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export type SortDirection = 'ascending' | 'descending'
export interface Sort {
  key: SortKey
  direction: SortDirection
}

export interface FigureRow {
  series: KeyFigureSeries
  facts: SeriesFacts
  /** Position in the report, the order when nothing is sorted and between equals. */
  order: number
}

/** One row per key figure of the last report in `reports` (oldest first). */
export function figureRows(reports: readonly ReportSnapshot[]): FigureRow[] {
  return keyFigureSeries(reports).map((series, order) => ({ series, facts: seriesFacts(series), order }))
}

function keyOf(row: FigureRow, key: SortKey): string | number | undefined {
  switch (key) {
    case 'indicator':
      return row.series.indicator.trim() || undefined
    case 'section':
      return row.series.sectionTitle.trim() || undefined
    case 'latest':
      return row.facts.latest?.point.value
    case 'distance':
      // A share of the target, so a distance in per cent and one in euros can stand in one order.
      return row.facts.distance?.share
  }
}

/** The rows in the given order; `language` (the UI's) decides how text is collated (å, ä, ö). */
export function sortRows(rows: readonly FigureRow[], sort: Sort | null, language: string): FigureRow[] {
  if (!sort) return [...rows].sort((a, b) => a.order - b.order)
  const collator = new Intl.Collator(language)
  const sign = sort.direction === 'ascending' ? 1 : -1
  return [...rows].sort((a, b) => {
    const x = keyOf(a, sort.key)
    const y = keyOf(b, sort.key)
    if (x === undefined || y === undefined) {
      if (x === y) return a.order - b.order
      return x === undefined ? 1 : -1
    }
    const compared =
      typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))
    return compared === 0 ? a.order - b.order : sign * compared
  })
}

/** The next sort after a click on `key`'s header: ascending first, then the other way. */
export function nextSort(current: Sort | null, key: SortKey): Sort {
  if (current?.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
  }
  return { key, direction: 'ascending' }
}
