/**
 * "Muutokset": what changed since the previous report of the meeting series — per section the status change, changed
 * key figures, new and closed actions, and sections added or removed. Read-only; compares with the stored predecessor.
 */
import { useMemo } from 'react'
import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { hasChanges, reportChanges } from '../../../../shared/changes'
import type { Report } from '../../../../shared/model'
import { useReportSelector } from '../../state/use-report'
import { useNavigate } from '../../state/navigation-context'
import { useErrorText } from '../../components/error-text'
import { formatDate } from '../../../../shared/dates'
import { usePreviousReport } from './usePreviousReport'
import { SectionChangeCard } from './SectionChangeCard'
import { NotReviewed } from './NotReviewed'
import './changes.css'

function ChangesList({ previous, current }: { previous: Report; current: Report }) {
  const { t } = useTranslation('changes')
  const navigate = useNavigate()
  const changes = useMemo(() => reportChanges(previous, current), [previous, current])
  const numbered = changes.sections.map((change, index) => ({ change, number: index + 1 }))
  const shown = numbered.filter(({ change }) => hasChanges(change) || change.previousSectionId === undefined)
  const statusCount = changes.sections.filter((change) => change.status?.from !== undefined).length
  const newCount = changes.sections.reduce((sum, change) => sum + change.newActions.length, 0)
  const closedCount = changes.sections.reduce((sum, change) => sum + change.closedActions.length, 0)
  const unchanged = changes.sections.length - shown.length
  const carried = new Set(current.sections.filter((s) => s.statusCarried).map((s) => s.id))
  const date = formatDate(previous.meeting.date, current.language)
  const summary = [
    statusCount > 0 && t('summary.status', { count: statusCount }),
    newCount > 0 && t('summary.newActions', { count: newCount }),
    closedCount > 0 && t('summary.closedActions', { count: closedCount })
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <>
      <p className="changes-since">
        <Text>{t('since', { title: previous.title || t('untitledReport'), date: date || '–' })}</Text>
        <Button
          appearance="transparent"
          size="small"
          onClick={() => navigate({ name: 'report', reportId: previous.id, tab: 'overview' })}
        >
          {t('openPrevious')}
        </Button>
      </p>
      {summary && <p className="changes-summary">{summary}</p>}
      {shown.length === 0 && changes.removed.length === 0 && <Text as="p">{t('nothingChanged')}</Text>}
      {shown.map(({ change, number }) => (
        <SectionChangeCard
          key={change.sectionId}
          change={change}
          number={number}
          language={current.language}
          carried={carried.has(change.sectionId)}
        />
      ))}
      {changes.removed.length > 0 && (
        <section className="change-card" aria-labelledby="changes-removed">
          <h3 id="changes-removed" className="change-card-title">
            {t('removedSections', { count: changes.removed.length })}
          </h3>
          <ul className="change-removed">
            {changes.removed.map((section) => (
              <li key={section.id}>{section.title || t('untitledSection')}</li>
            ))}
          </ul>
        </section>
      )}
      <NotReviewed sections={current.sections} />
      {unchanged > 0 && shown.length > 0 && (
        <Text as="p" className="changes-unchanged">
          {t('unchangedCount', { count: unchanged })}
        </Text>
      )}
    </>
  )
}

export function ChangesView() {
  const { t } = useTranslation('changes')
  const errorText = useErrorText()
  const current = useReportSelector((report) => report)
  const previous = usePreviousReport(current.previousReportId)
  return (
    <main className="page changes-page" aria-labelledby="changes-title">
      <h2 id="changes-title" className="changes-title">
        {t('title')}
      </h2>
      {previous.status === 'none' && <Text as="p">{t('noPrevious')}</Text>}
      {previous.status === 'loading' && <Spinner size="small" label={t('loading')} />}
      {previous.status === 'error' && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t('previousMissing')} {errorText(previous.error)}
          </MessageBarBody>
        </MessageBar>
      )}
      {previous.status === 'ready' && <ChangesList previous={previous.report} current={current} />}
    </main>
  )
}
