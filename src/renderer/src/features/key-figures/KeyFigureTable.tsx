/**
 * Every key figure of the report in one table: trend sparkline, latest value, target and distance to it. Column
 * headers are buttons that sort (aria-sort says how); the indicator is the button that opens the figure's chart.
 */
import { CheckmarkCircleRegular } from '@fluentui/react-icons'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../../../shared/dates'
import type { FigureRow, Sort, SortKey } from './figure-rows'
import {
  formatNumber,
  formatQuantity,
  targetText,
  type FigureWords
} from '../../../../shared/key-figures/figure-text'
import { Sparkline } from './Sparkline'

interface Props {
  rows: readonly FigureRow[]
  sort: Sort | null
  onSort: (key: SortKey) => void
  onOpen: (figureId: string) => void
  words: FigureWords
}

/** A cell's inputs; `t` is the table's, so thirty rows do not each subscribe to i18next three times over. */
interface CellProps {
  row: FigureRow
  words: FigureWords
  t: TFunction<'keyFigures'>
}

function Distance({ row, words, t }: CellProps) {
  const { distance } = row.facts
  if (!distance) return <>–</>
  if (distance.reached) {
    return (
      <span className="kf-reached">
        <CheckmarkCircleRegular aria-hidden="true" /> {t('table.reached')}
      </span>
    )
  }
  const { series } = row
  // Between shares the distance is in percentage points, as the summary sentence says it.
  return (
    <span lang={words.language}>
      {series.percent
        ? words.t('points', {
            count: distance.remaining,
            delta: formatNumber(distance.remaining, words.language)
          })
        : formatQuantity(distance.remaining, series, words)}
    </span>
  )
}

function Target({ row, words, t }: CellProps) {
  const { target } = row.series
  if (row.series.targetUnreadable) return <span className="kf-muted">{t('table.targetUnreadable')}</span>
  if (!target) return <span className="kf-muted">{t('table.noTarget')}</span>
  const text = targetText(row.series, words)
  return <span lang={words.language}>{target.year ? `${text} (${target.year})` : text}</span>
}

function Latest({ row, words, t }: CellProps) {
  const { latest } = row.facts
  if (!latest) return <span className="kf-muted">{t('table.noValue')}</span>
  return (
    <>
      <span lang={words.language}>{formatQuantity(latest.point.value, row.series, words)}</span>
      {!latest.current && (
        <span className="kf-muted kf-when">
          {t('table.fromMeeting', { date: formatDate(latest.point.meetingDate, words.language) || '–' })}
        </span>
      )}
    </>
  )
}

export function KeyFigureTable({ rows, sort, onSort, onOpen, words }: Props) {
  const { t } = useTranslation('keyFigures')
  const header = (key: SortKey, className?: string) => {
    const active = sort?.key === key
    return (
      <th scope="col" className={className} aria-sort={active ? sort.direction : undefined}>
        <button type="button" className="kf-sort" onClick={() => onSort(key)}>
          {t(`table.${key}`)}
          <span aria-hidden="true" className="kf-sort-arrow">
            {active ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
          </span>
        </button>
      </th>
    )
  }
  return (
    <table className="kf-table">
      <caption className="visually-hidden">{t('table.caption')}</caption>
      <thead>
        <tr>
          {header('indicator')}
          {header('section')}
          <th scope="col">{t('table.trend')}</th>
          {header('latest', 'kf-numeric')}
          <th scope="col" className="kf-numeric">
            {t('table.target')}
          </th>
          {header('distance', 'kf-numeric')}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          // The indicator's button is the keyboard target; the whole row answers the mouse.
          <tr key={row.series.figureId} className="kf-row" onClick={() => onOpen(row.series.figureId)}>
            <th scope="row" className="kf-indicator">
              <button
                type="button"
                className="kf-open"
                aria-haspopup="dialog"
                onClick={(event) => {
                  event.stopPropagation()
                  onOpen(row.series.figureId)
                }}
              >
                {row.series.indicator || t('table.untitled')}
              </button>
            </th>
            <td>{row.series.sectionTitle || t('table.untitledSection')}</td>
            <td>
              <Sparkline series={row.series} />
            </td>
            <td className="kf-numeric">
              <Latest row={row} words={words} t={t} />
            </td>
            <td className="kf-numeric">
              <Target row={row} words={words} t={t} />
            </td>
            <td className="kf-numeric">
              <Distance row={row} words={words} t={t} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
