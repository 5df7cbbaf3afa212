/** The data of a key-figure chart as a table: each meeting, its date, the value, and why a value is missing. */
import { useTranslation } from 'react-i18next'
import type { KeyFigureSeries, SeriesPoint } from '../../../../shared/key-figures/series'
import { formatDate } from '../../../../shared/dates'
import { formatQuantity, type FigureWords } from '../../../../shared/key-figures/figure-text'

interface Props {
  series: KeyFigureSeries
  words: FigureWords
  indicator: string
}

export function SeriesTable({ series, words, indicator }: Props) {
  const { t } = useTranslation('keyFigures')
  const note = (point: SeriesPoint): string => {
    if (point.gap) return t(`chart.gap.${point.gap}`, { text: point.text })
    return point.approximate ? t('chart.approximate') : ''
  }
  const lastIndex = series.points.length - 1
  return (
    <table className="kf-data-table">
      <caption>{t('chart.dataCaption', { indicator })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chart.meeting')}</th>
          <th scope="col">{t('chart.date')}</th>
          <th scope="col" className="kf-numeric">
            {t('chart.value')}
          </th>
          <th scope="col">{t('chart.note')}</th>
        </tr>
      </thead>
      <tbody>
        {series.points.map((point, index) => (
          <tr key={point.reportId}>
            <th scope="row">
              {point.reportTitle || t('chart.untitledReport')}
              {index === lastIndex && <span className="kf-muted"> ({t('chart.thisReport')})</span>}
            </th>
            <td>{formatDate(point.meetingDate, words.language) || t('chart.noDate')}</td>
            <td className="kf-numeric" lang={words.language}>
              {point.value === null ? '–' : formatQuantity(point.value, series, words)}
            </td>
            <td>{note(point)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
