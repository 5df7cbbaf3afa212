/**
 * The banner over a contribution report: whose request it answers, the due date, the message, and "Return". Only the
 * requested sections are in this report; the rest of the coordinator's report never came here.
 */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components'
import { ArrowExportRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { ContributionInfo } from '../../../../shared/contributions/ipc'
import { formatDate, formatDateTime } from '../../../../shared/dates'
import { api, unwrap } from '../../api'
import { useErrorText } from '../../components/error-text'
import { useNotify } from '../../components/notices'
import { useReportSelector, useReportStore } from '../../state/use-report'

export function ContributorBanner({ info, onReturned }: { info: ContributionInfo; onReturned(): void }) {
  const { t, i18n } = useTranslation('contributions')
  const store = useReportStore()
  const notify = useNotify()
  const errorText = useErrorText()
  const title = useReportSelector((r) => r.title)
  const from = [info.requestedBy.organisation, info.requestedBy.person].filter(Boolean).join(', ')

  async function giveBack(): Promise<void> {
    try {
      await store.flush()
      const done = await unwrap(api.contributions.return({ id: info.reportId }))
      if (!done) return
      notify({ intent: 'success', text: t('contributor.returnedNow', { from }) })
      onReturned()
    } catch (error) {
      notify({ intent: 'error', text: errorText(error) })
    }
  }

  return (
    <MessageBar intent="info" className="contributor-banner" layout="multiline">
      <MessageBarBody>
        <strong>{t('contributor.badge')}</strong> {t('contributor.banner', { title, from })}{' '}
        {info.due && t('contributor.due', { date: formatDate(info.due, i18n.language) })}{' '}
        {info.returnedAt &&
          t('contributor.returnedAt', { date: formatDateTime(info.returnedAt, i18n.language) })}
        {info.message && (
          <span className="contributor-message">{t('contributor.message', { message: info.message })}</span>
        )}
      </MessageBarBody>
      <Button appearance="primary" icon={<ArrowExportRegular />} onClick={() => void giveBack()}>
        {t('contributor.return')}
      </Button>
    </MessageBar>
  )
}
