/** The line above the board: how many sections are in each status, and how many actions are open and overdue. */
import { useTranslation } from 'react-i18next'
import type { Section, Status } from '../../../../shared/model'
import { StatusBadge } from '../../components/StatusBadge'
import { isOverdue } from './action-list'

// Traffic-light order as the meeting reads it (ui.md): green, amber, red, then not assessed.
const ORDER: Status[] = ['on_track', 'needs_attention', 'critical', 'not_assessed']

/** Counts per status (colour + shape + word + number) and open/overdue actions. */
export function StatusCounts({ sections, today }: { sections: readonly Section[]; today: string }) {
  const { t } = useTranslation('overview')
  const actions = sections.flatMap((section) => section.actions)
  const open = actions.filter((action) => action.state !== 'done').length
  const overdue = actions.filter((action) => isOverdue(action, today)).length
  return (
    <ul className="overview-counts" aria-label={t('board.countsLabel')}>
      {ORDER.map((status) => (
        <li key={status} className="overview-count" data-status={status}>
          <StatusBadge status={status} />
          <span className="overview-count-number">{sections.filter((s) => s.status === status).length}</span>
        </li>
      ))}
      <li className="overview-count">
        <span>{t('board.openActions')}</span>
        <span className="overview-count-number">{open}</span>
        {overdue > 0 && (
          <span className="overview-overdue-text">{`(${t('board.overdueCount', { count: overdue })})`}</span>
        )}
      </li>
    </ul>
  )
}
