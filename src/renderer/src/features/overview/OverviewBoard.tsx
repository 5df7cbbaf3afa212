/**
 * "Yleiskuva": the situation picture at a glance — every section with its status, trend, owner and open actions.
 * The page a permanent secretary looks at first; a click (or Enter on the title) opens the section.
 */
import { Title2 } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { Report } from '../../../../shared/model'
import type { ReportTab } from '../../state/navigation'
import { useReportSelector } from '../../state/use-report'
import { StatusBadge, TrendBadge } from '../../components/StatusBadge'
import { CarriedMark } from '../review/CarriedMark'
import { isOverdue, openActionCount, todayIso } from './action-list'
import { OwnerName } from './OwnerName'
import { StatusCounts } from './StatusCounts'
import './overview.css'

export interface OverviewProps {
  sectionId?: string
  selectTab: (tab: ReportTab, sectionId?: string) => void
  /** `YYYY-MM-DD`; today by default (tests fix it). */
  today?: string
}

const selectSections = (report: Report) => report.sections

/** The overview table of all sections with the summary counts above it. */
export function OverviewBoard({ selectTab, today = todayIso() }: OverviewProps) {
  const { t } = useTranslation('overview')
  const sections = useReportSelector(selectSections)
  const open = (sectionId: string) => selectTab('sections', sectionId)

  return (
    <main className="page overview-page" aria-labelledby="overview-heading">
      <Title2 as="h1" id="overview-heading">
        {t('board.heading')}
      </Title2>
      <StatusCounts sections={sections} today={today} />
      {sections.length === 0 ? (
        <p className="overview-muted">{t('board.empty')}</p>
      ) : (
        <table className="overview-table">
          <caption className="visually-hidden">{t('board.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="overview-number">
                {t('board.number')}
              </th>
              <th scope="col">{t('board.section')}</th>
              <th scope="col">{t('board.status')}</th>
              <th scope="col">{t('board.trend')}</th>
              <th scope="col">{t('board.owner')}</th>
              <th scope="col" className="overview-numeric">
                {t('board.openActionsColumn')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sections.map((section, index) => (
              <tr
                key={section.id}
                className="overview-row"
                data-status={section.status}
                // The title button is the keyboard target; the whole row answers the mouse.
                onClick={() => open(section.id)}
              >
                <td className="overview-number">{index + 1}</td>
                <td>
                  <button
                    type="button"
                    className="overview-link"
                    onClick={(event) => {
                      event.stopPropagation()
                      open(section.id)
                    }}
                  >
                    {section.title || t('board.untitledSection')}
                  </button>
                </td>
                <td>
                  <StatusBadge status={section.status} />
                  {section.statusCarried && (
                    <div>
                      <CarriedMark />
                    </div>
                  )}
                </td>
                <td>
                  {/* No trend until the carried status is reviewed; the cell says so instead of "–". */}
                  {section.statusCarried ? (
                    <span className="trend-badge">{t('review:notReviewed')}</span>
                  ) : (
                    <TrendBadge trend={section.trend} />
                  )}
                </td>
                <td>
                  <OwnerName owner={section.owner} />
                </td>
                <td className="overview-numeric">
                  <OpenActions
                    count={openActionCount(section)}
                    overdue={section.actions.filter((a) => isOverdue(a, today)).length}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  )
}

/** "2" or "2 (1 myöhässä)": the overdue part in words as well as colour. */
function OpenActions({ count, overdue }: { count: number; overdue: number }) {
  const { t } = useTranslation('overview')
  return (
    <>
      {count}
      {overdue > 0 && (
        <span className="overview-overdue-text">{` (${t('board.overdueCount', { count: overdue })})`}</span>
      )}
    </>
  )
}
