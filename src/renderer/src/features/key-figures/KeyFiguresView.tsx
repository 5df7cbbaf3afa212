/**
 * "Tunnusluvut": every key figure of the report over the meetings of its series — sparkline, latest value, target and
 * distance — sortable, each opening its chart with the data as a table. Read-only. The series comes from storage
 * (keyFigures.history); the open report's own values are the live ones, saved or not.
 */
import { useCallback, useMemo, useRef, useState } from 'react'
import { MessageBar, MessageBarBody, Spinner, Title2 } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { snapshotOf, type KeyFigureHistory } from '../../../../shared/key-figures/history'
import type { Report } from '../../../../shared/model'
import { useReportSelector } from '../../state/use-report'
import { formatDate } from '../../../../shared/dates'
import { figureRows, nextSort, sortRows, type Sort } from './figure-rows'
import type { FigureWords } from '../../../../shared/key-figures/figure-text'
import { KeyFigureDialog } from './KeyFigureDialog'
import { KeyFigureTable } from './KeyFigureTable'
import { useKeyFigureHistory } from './use-key-figure-history'
import './key-figures.css'

const selectReport = (report: Report) => report

function ChainNote({ history }: { history: KeyFigureHistory }) {
  const { t } = useTranslation('keyFigures')
  if (history.end === 'start') return null
  const oldest = history.reports[0]
  return (
    <MessageBar intent="info" className="kf-note">
      <MessageBarBody>
        {t(`end.${history.end}`, { title: oldest?.title || '–', count: history.reports.length })}
      </MessageBarBody>
    </MessageBar>
  )
}

export function KeyFiguresView() {
  const { t, i18n } = useTranslation('keyFigures')
  const report = useReportSelector(selectReport)
  const state = useKeyFigureHistory(report.id)
  const [sort, setSort] = useState<Sort | null>(null)
  const [openId, setOpenId] = useState<string>()
  const opener = useRef<HTMLElement | null>(null)
  const open = useCallback((figureId: string) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setOpenId(figureId)
  }, [])
  const close = useCallback(() => {
    setOpenId(undefined)
    // Back to the indicator that opened the chart, so the keyboard user continues where they were.
    requestAnimationFrame(() => {
      if (opener.current?.isConnected) opener.current.focus()
    })
  }, [])
  const words: FigureWords = useMemo(
    () => ({ t: i18n.getFixedT(report.language, 'keyFigures'), language: report.language }),
    [i18n, report.language]
  )
  const snapshots = useMemo(() => {
    const live = snapshotOf(report)
    // The stored copy of this report may be a keystroke behind: the live one replaces it.
    if (state.status !== 'ready') return [live]
    return [...state.history.reports.filter((stored) => stored.id !== report.id), live]
  }, [report, state])
  const rows = useMemo(() => figureRows(snapshots), [snapshots])
  const sorted = useMemo(() => sortRows(rows, sort, i18n.language), [rows, sort, i18n.language])
  const openRow = rows.find((row) => row.series.figureId === openId)
  const first = snapshots[0]
  const last = snapshots.at(-1)

  return (
    <main className="page kf-page" aria-labelledby="kf-heading">
      <Title2 as="h1" id="kf-heading">
        {t('title')}
      </Title2>
      {state.status === 'loading' && <Spinner size="small" label={t('loading')} />}
      {state.status === 'error' && (
        <MessageBar intent="warning" className="kf-note">
          <MessageBarBody>{t('historyFailed')}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'ready' && <ChainNote history={state.history} />}
      {state.status !== 'loading' && rows.length === 0 && <p>{t('empty')}</p>}
      {state.status !== 'loading' && rows.length > 0 && (
        <>
          <p className="kf-intro">
            {t('intro', {
              count: snapshots.length,
              from: formatDate(first?.meetingDate ?? '', report.language) || '–',
              to: formatDate(last?.meetingDate ?? '', report.language) || '–'
            })}
          </p>
          <KeyFigureTable
            rows={sorted}
            sort={sort}
            onSort={(key) => setSort((current) => nextSort(current, key))}
            onOpen={open}
            words={words}
          />
          {openRow && <KeyFigureDialog row={openRow} words={words} onClose={close} />}
        </>
      )}
    </main>
  )
}
