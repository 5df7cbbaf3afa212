/**
 * The reports as a table: title (opens the report), meeting date, state, last saved, and a menu of actions.
 * Rows are plain HTML and memoised, and all rows share one actions menu, so hundreds of rows mount quickly
 * (a Fluent Menu per row costs more than the whole rest of the row).
 */
import { memo, useState } from 'react'
import { Menu, MenuItem, MenuList, MenuPopover } from '@fluentui/react-components'
import { CopyRegular, DeleteRegular, MoreHorizontalRegular, RenameRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { ReportSummary } from '../../../../shared/model'
import { formatDate, formatDateTime } from '../../../../shared/dates'
import type { SortDirection, SortKey } from './library-filter'
import { ContributionMark } from '../contributions/contribution-marks'

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

interface MenuTarget {
  report: ReportSummary
  element: HTMLElement
}

/** The library table; `reports` is already filtered, sorted and capped. */
export function ReportTable({ reports, sortKey, sortDirection, onSort, actions }: Props) {
  const { t } = useTranslation('library')
  const [menu, setMenu] = useState<MenuTarget | null>(null)
  const header = (key: SortKey, label: string, className?: string) => (
    <th className={className} aria-sort={sortKey === key ? sortDirection : undefined} scope="col">
      <button type="button" className="library-sort" onClick={() => onSort(key)}>
        {label}
        <span aria-hidden="true" className="library-sort-arrow">
          {sortKey === key ? (sortDirection === 'ascending' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  )
  return (
    <>
      <table className="library-table" aria-label={t('table.label')}>
        <thead>
          <tr>
            {header('title', t('table.title'))}
            {header('meetingDate', t('table.meetingDate'), 'library-col-date')}
            <th scope="col" className="library-col-state">
              {t('table.state')}
            </th>
            <th scope="col" className="library-col-saved">
              {t('table.updatedAt')}
            </th>
            <th scope="col" className="library-col-actions">
              <span className="visually-hidden">{t('table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => (
            <ReportRow key={report.id} report={report} onOpen={actions.open} onMenu={setMenu} />
          ))}
        </tbody>
      </table>
      <Menu
        open={menu !== null}
        onOpenChange={(_, data) => {
          if (data.open || !menu) return
          const trigger = menu.element
          setMenu(null)
          // No MenuTrigger here, so give focus back to the row's button when nothing else took it (Escape).
          requestAnimationFrame(() => {
            if (document.activeElement === document.body && trigger.isConnected) trigger.focus()
          })
        }}
        positioning={{ target: menu?.element, position: 'below', align: 'end' }}
      >
        <MenuPopover>
          <MenuList>
            <MenuItem icon={<CopyRegular />} onClick={() => menu && actions.duplicate(menu.report)}>
              {t('row.duplicate')}
            </MenuItem>
            <MenuItem icon={<RenameRegular />} onClick={() => menu && actions.rename(menu.report)}>
              {t('row.rename')}
            </MenuItem>
            <MenuItem icon={<DeleteRegular />} onClick={() => menu && actions.remove(menu.report)}>
              {t('row.delete')}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
    </>
  )
}

interface RowProps {
  report: ReportSummary
  onOpen(id: string): void
  onMenu(target: MenuTarget): void
}

const ReportRow = memo(function ReportRow({ report, onOpen, onMenu }: RowProps) {
  const { t, i18n } = useTranslation('library')
  const title = report.title || t('common:untitled')
  return (
    <tr>
      <td>
        <button type="button" className="library-open" onClick={() => onOpen(report.id)}>
          {title}
        </button>
        <ContributionMark reportId={report.id} />
        {report.meetingName && <div className="library-meeting">{report.meetingName}</div>}
      </td>
      <td>{report.meetingDate ? formatDate(report.meetingDate, i18n.language) : '–'}</td>
      <td>{t(`common:state.${report.state}`)}</td>
      <td>{formatDateTime(report.updatedAt, i18n.language)}</td>
      <td>
        <button
          type="button"
          className="library-row-menu"
          aria-haspopup="menu"
          aria-label={t('row.menu', { title })}
          onClick={(event) => onMenu({ report, element: event.currentTarget })}
        >
          <MoreHorizontalRegular aria-hidden="true" />
        </button>
      </td>
    </tr>
  )
})
