/**
 * "Toimenpiteet": every follow-up action of the report in one table, filtered by who and by state, overdue ones
 * marked by colour, icon and word; the state is edited in place and the section opens with a click.
 */
import { useMemo, useState } from 'react'
import { Text, Title2 } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { Report } from '../../../../shared/model'
import { useReportSelector } from '../../state/use-report'
import type { OverviewProps } from './OverviewBoard'
import {
  filterActions,
  isOverdue,
  listActions,
  responsibles,
  todayIso,
  type ActionFilter
} from './action-list'
import { ActionFilters } from './ActionFilters'
import { ActionRow } from './ActionRow'
import './overview.css'

const selectSections = (report: Report) => report.sections

/** The actions table with its filters. */
export function ActionsView({ selectTab, today = todayIso() }: OverviewProps) {
  const { t, i18n } = useTranslation('overview')
  const sections = useReportSelector(selectSections)
  const [filter, setFilter] = useState<ActionFilter>({ who: '', state: 'all' })
  const entries = useMemo(() => listActions(sections), [sections])
  const people = useMemo(() => responsibles(entries, i18n.language), [entries, i18n.language])
  const shown = filterActions(entries, filter)
  const overdue = entries.filter((entry) => isOverdue(entry.action, today)).length
  const openSection = (sectionId: string) => selectTab('sections', sectionId)

  return (
    <main className="page overview-page" aria-labelledby="actions-heading">
      <Title2 as="h1" id="actions-heading">
        {t('actions.heading')}
      </Title2>
      {entries.length === 0 ? (
        <p className="overview-muted">{t('actions.empty')}</p>
      ) : (
        <>
          <ActionFilters filter={filter} people={people} onChange={setFilter} />
          <Text as="p" role="status" size={200} className="overview-shown">
            {t('actions.shown', { shown: shown.length, total: entries.length })}
            {overdue > 0 && ` · ${t('board.overdueCount', { count: overdue })}`}
          </Text>
          {shown.length === 0 ? (
            <p className="overview-muted">{t('actions.noneMatch')}</p>
          ) : (
            <table className="overview-table">
              <caption className="visually-hidden">{t('actions.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('actions.section')}</th>
                  <th scope="col">{t('actions.what')}</th>
                  <th scope="col">{t('actions.who')}</th>
                  <th scope="col">{t('actions.due')}</th>
                  <th scope="col">{t('actions.state')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((entry) => (
                  <ActionRow key={entry.action.id} entry={entry} today={today} openSection={openSection} />
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </main>
  )
}
