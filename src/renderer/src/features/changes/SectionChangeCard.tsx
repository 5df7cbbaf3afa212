/** One section's changes since the previous report: status, key figures, new and closed actions. */
import { Badge } from '@fluentui/react-components'
import { ArrowRightRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { SectionChange } from '../../../../shared/changes'
import type { Action, Language } from '../../../../shared/model'
import { StatusBadge } from '../../components/StatusBadge'
import { CarriedMark } from '../review/CarriedMark'
import { formatDate } from '../../../../shared/dates'

interface Props {
  change: SectionChange
  number: number
  /** The report's language, for dates. */
  language: Language
  /** The section's status is carried from the previous report and not reviewed yet. */
  carried?: boolean
}

function ActionList({ title, actions, language }: { title: string; actions: Action[]; language: Language }) {
  const { t } = useTranslation('changes')
  if (actions.length === 0) return null
  return (
    <div className="change-block">
      <h4 className="change-block-title">{title}</h4>
      <ul className="change-actions">
        {actions.map((action) => (
          <li key={action.id}>
            <span>{action.what || t('untitledAction')}</span>
            <span className="change-meta">
              {[action.who, action.due ? t('due', { date: formatDate(action.due, language) }) : '']
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}

export function SectionChangeCard({ change, number, language, carried = false }: Props) {
  const { t } = useTranslation('changes')
  const headingId = `change-${change.sectionId}`
  const added = change.previousSectionId === undefined
  return (
    <section className="change-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="change-card-title">
        {number}. {change.title || t('untitledSection')}
        {added && (
          <Badge appearance="outline" color="informative" size="small" className="change-new">
            {t('addedSection')}
          </Badge>
        )}
        {carried && <CarriedMark />}
      </h3>
      {change.status && (
        <p className="change-status">
          <span className="change-label">{t('status')}</span>
          {change.status.from ? <StatusBadge status={change.status.from} /> : <span>{t('newSection')}</span>}
          <ArrowRightRegular aria-hidden className="change-arrow" />
          <span className="visually-hidden">{t('to')}</span>
          <StatusBadge status={change.status.to} />
        </p>
      )}
      {change.keyFigures.length > 0 && (
        <div className="change-block">
          <h4 className="change-block-title">{t('keyFigures')}</h4>
          <table className="change-figures">
            <thead>
              <tr>
                <th scope="col">{t('indicator')}</th>
                <th scope="col">{t('before')}</th>
                <th scope="col">{t('now')}</th>
              </tr>
            </thead>
            <tbody>
              {change.keyFigures.map((figure) => (
                <tr key={figure.keyFigureId}>
                  <th scope="row">{figure.indicator || t('untitledFigure')}</th>
                  <td>{figure.from ? `${figure.from} ${figure.unit}`.trim() : t('noValue')}</td>
                  <td>{`${figure.to} ${figure.unit}`.trim()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ActionList title={t('newActions')} actions={change.newActions} language={language} />
      <ActionList title={t('closedActions')} actions={change.closedActions} language={language} />
    </section>
  )
}
