/**
 * Who was asked for what: contributor, sections, due date, and whether the reply came back and was merged. An
 * overdue request is marked by colour, an icon and the word, so it reads without colour too.
 */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow
} from '@fluentui/react-components'
import { WarningFilled } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { RequestRecord } from '../../../../shared/contributions/ipc'
import { formatDate, formatDateTime } from '../../../../shared/dates'
import { isOverdue, localDay, requestState } from './request-state'

export function ContributionOverview({ requests, now }: { requests: RequestRecord[]; now: Date }) {
  const { t, i18n } = useTranslation('contributions')
  const today = localDay(now)
  if (requests.length === 0) return <p>{t('overview.empty')}</p>
  return (
    <Table className="contribution-table" aria-label={t('overview.heading')} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('overview.contributor')}</TableHeaderCell>
          <TableHeaderCell>{t('overview.sections')}</TableHeaderCell>
          <TableHeaderCell>{t('overview.due')}</TableHeaderCell>
          <TableHeaderCell>{t('overview.state')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {requests.map((record) => {
          const state = requestState(record)
          const overdue = isOverdue(record, today)
          return (
            <TableRow key={record.requestId}>
              <TableCell>
                {[record.contributor.organisation, record.contributor.person].filter(Boolean).join(', ')}
                <div className="contribution-sub">
                  {t('overview.requested', { date: formatDateTime(record.requestedAt, i18n.language) })}
                </div>
              </TableCell>
              <TableCell>{record.sectionTitles.join(', ')}</TableCell>
              <TableCell>
                {record.due ? formatDate(record.due, i18n.language) : t('overview.noDue')}
              </TableCell>
              <TableCell>
                <span className="contribution-state" data-state={state}>
                  {t(`overview.${state}`)}
                </span>
                {overdue && (
                  <span className="contribution-overdue">
                    <WarningFilled aria-hidden="true" /> {t('overview.overdue')}
                  </span>
                )}
              </TableCell>
            </TableRow>
          )
        })}
      </TableBody>
    </Table>
  )
}
