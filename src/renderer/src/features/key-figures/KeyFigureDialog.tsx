/**
 * One key figure in full: the summary sentence and the chart (both in the report's language) and the chart's data
 * as a table. A dialog over the table; Escape or Sulje closes it.
 */
import { useId } from 'react'
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle
} from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { FigureRow } from './figure-rows'
import { summarySentence, type FigureWords } from '../../../../shared/key-figures/figure-text'
import { KeyFigureChart } from './KeyFigureChart'
import { SeriesTable } from './SeriesTable'

interface Props {
  row: FigureRow
  words: FigureWords
  onClose: () => void
}

export function KeyFigureDialog({ row, words, onClose }: Props) {
  const { t } = useTranslation('keyFigures')
  const summaryId = useId()
  const indicator = row.series.indicator || t('table.untitled')
  // Mounted open, and unmounted to close (as LinkDialog): the view gives focus back to the row.
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className="kf-dialog" aria-describedby={summaryId}>
        <DialogBody>
          <DialogTitle>{indicator}</DialogTitle>
          <DialogContent className="kf-dialog-content">
            <p id={summaryId} className="kf-summary" lang={words.language} data-testid="summary">
              {summarySentence(row.series, row.facts, words)}
            </p>
            <KeyFigureChart
              series={row.series}
              words={words}
              name={t('chart.name', { indicator })}
              describedBy={summaryId}
            />
            {row.series.targetUnreadable && (
              <p className="kf-muted">{t('chart.targetUnreadable', { text: row.series.targetText })}</p>
            )}
            <SeriesTable series={row.series} words={words} indicator={indicator} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t('chart.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
