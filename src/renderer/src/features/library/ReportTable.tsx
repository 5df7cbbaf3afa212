/**
 * The reports as a table: title (opens the report), meeting date, state, last saved, and a menu of actions.
 * Rows are plain and memoised so 1 000 reports stay quick; the list itself caps how many rows it mounts.
 */
import { memo } from 'react'
import {
  Button,
  Link,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow
} from '@fluentui/react-components'
import { CopyRegular, DeleteRegular, MoreHorizontalRegular, RenameRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { ReportSummary } from '../../../../shared/model'
import { formatDate, formatDateTime } from '../../format'
import type { SortDirection, SortKey } from './library-filter'

export interface ReportActions {
  open(id: string): void
  duplicate(report: ReportSummary): void
  rename(report: ReportSummary): void
  remove(report: ReportSummary): void
}

interface Props {
  reports: readonly ReportSummary[]
  sortKey: SortKey
  sortDirection: SortDirection
  onSort(key: SortKey): void
  actions: ReportActions
}

/** The library table; `reports` is already filtered, sorted and capped. */
export function ReportTable({ reports, sortKey, sortDirection, onSort, actions }: Props) {
  const { t } = useTranslation('library')
  const direction = (key: SortKey) => (sortKey === key ? sortDirection : undefined)
  return (
    <Table sortable size="small" aria-label={t('table.label')} className="library-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell sortDirection={direction('title')} onClick={() => onSort('title')}>
            {t('table.title')}
          </TableHeaderCell>
          <TableHeaderCell
            className="library-col-date"
            sortDirection={direction('meetingDate')}
            onClick={() => onSort('meetingDate')}
          >
            {t('table.meetingDate')}
          </TableHeaderCell>
          <TableHeaderCell className="library-col-state">{t('table.state')}</TableHeaderCell>
          <TableHeaderCell className="library-col-saved">{t('table.updatedAt')}</TableHeaderCell>
          <TableHeaderCell className="library-col-actions">
            <span className="library-sr-only">{t('table.actions')}</span>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {reports.map((report) => (
          <ReportRow key={report.id} report={report} actions={actions} />
        ))}
      </TableBody>
    </Table>
  )
}

const ReportRow = memo(function ReportRow({
  report,
  actions
}: {
  report: ReportSummary
  actions: ReportActions
}) {
  const { t, i18n } = useTranslation('library')
  const title = report.title || t('common:untitled')
  return (
    <TableRow>
      <TableCell>
        <Link as="button" className="library-open" onClick={() => actions.open(report.id)}>
          {title}
        </Link>
        {report.meetingName && <div className="library-meeting">{report.meetingName}</div>}
      </TableCell>
      <TableCell>{report.meetingDate ? formatDate(report.meetingDate, i18n.language) : '–'}</TableCell>
      <TableCell>{t(`common:state.${report.state}`)}</TableCell>
      <TableCell>{formatDateTime(report.updatedAt, i18n.language)}</TableCell>
      <TableCell>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button
              appearance="subtle"
              size="small"
              icon={<MoreHorizontalRegular />}
              aria-label={t('row.menu', { title })}
            />
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem icon={<CopyRegular />} onClick={() => actions.duplicate(report)}>
                {t('row.duplicate')}
              </MenuItem>
              <MenuItem icon={<RenameRegular />} onClick={() => actions.rename(report)}>
                {t('row.rename')}
              </MenuItem>
              <MenuItem icon={<DeleteRegular />} onClick={() => actions.remove(report)}>
                {t('row.delete')}
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </TableCell>
    </TableRow>
  )
})
