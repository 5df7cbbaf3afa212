/** One action in the actions view: section (opens it), what, who, due date (overdue marked), state editable inline. */
import { Select } from '@fluentui/react-components'
import { WarningFilled } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { ACTION_STATES, type ActionState } from '../../../../shared/model'
import { formatDate } from '../../../../shared/dates'
import { useReportStore } from '../../state/use-report'
import { isOverdue, type ActionEntry } from './action-list'

interface ActionRowProps {
  entry: ActionEntry
  today: string
  openSection: (sectionId: string) => void
}

/** A table row; overdue rows carry colour, an icon and the word "Myöhässä". */
export function ActionRow({ entry, today, openSection }: ActionRowProps) {
  const { t, i18n } = useTranslation('overview')
  const { t: tc } = useTranslation()
  const store = useReportStore()
  const { action, sectionId } = entry
  const overdue = isOverdue(action, today)
  const setState = (state: ActionState) =>
    store.update((report) => ({
      ...report,
      sections: report.sections.map((section) =>
        section.id !== sectionId
          ? section
          : { ...section, actions: section.actions.map((a) => (a.id === action.id ? { ...a, state } : a)) }
      )
    }))

  return (
    <tr
      className={overdue ? 'overview-action overview-action-overdue' : 'overview-action'}
      data-overdue={overdue}
    >
      <td>
        <button type="button" className="overview-link" onClick={() => openSection(sectionId)}>
          {`${entry.sectionNumber}. ${entry.sectionTitle || t('board.untitledSection')}`}
        </button>
      </td>
      <td className="overview-what">
        {action.what || <span className="overview-muted">{t('actions.noText')}</span>}
      </td>
      <td>{action.who || <span className="overview-muted">{t('actions.nobodyShort')}</span>}</td>
      <td className="overview-due">
        {action.due ? formatDate(action.due, i18n.language) : <span className="overview-muted">–</span>}
        {overdue && (
          <span className="overview-overdue-text">
            <WarningFilled aria-hidden="true" className="overview-overdue-icon" />
            {t('actions.overdue')}
          </span>
        )}
      </td>
      <td>
        <Select
          size="small"
          value={action.state}
          disabled={store.readOnly}
          aria-label={t('actions.stateOf', { what: action.what || t('actions.noText') })}
          onChange={(_, data) => setState(data.value as ActionState)}
        >
          {ACTION_STATES.map((state) => (
            <option key={state} value={state}>
              {tc(`actionState.${state}`)}
            </option>
          ))}
        </Select>
      </td>
    </tr>
  )
}
