/**
 * "Osuudet": the coordinator's side of contributions — ask for sections, import replies (button or drop), the
 * overview of who was asked and where each stands, and the merge view while replies are being merged.
 */
import { useState, type DragEvent } from 'react'
import { Button, Title3 } from '@fluentui/react-components'
import { ArrowImportRegular, PersonArrowRightRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { ReplyImport } from '../../../../shared/contributions/ipc'
import type { Result } from '../../../../shared/contract'
import { api, unwrap } from '../../api'
import { useErrorText } from '../../components/error-text'
import { useNotify } from '../../components/notices'
import { useNavigate } from '../../state/navigation-context'
import { useReportSelector, useReportStore } from '../../state/use-report'
import { AskDialog } from './AskDialog'
import { ContributionOverview } from './ContributionOverview'
import { MergeView } from './MergeView'
import { startMerge, type MergeSession } from './merge-session'
import { useContributionListing } from './use-contribution-listing'
import './contributions.css'

/** The dropped files' names and texts: the renderer reads what the user dropped, main checks it. */
export async function droppedFiles(event: DragEvent): Promise<Array<{ name: string; text: string }>> {
  return Promise.all(
    [...event.dataTransfer.files].map(async (file) => ({ name: file.name, text: await file.text() }))
  )
}

export function ContributionsTab() {
  const { t } = useTranslation('contributions')
  const store = useReportStore()
  const notify = useNotify()
  const navigate = useNavigate()
  const errorText = useErrorText()
  const reportId = useReportSelector((r) => r.id)
  const { listing, reload } = useContributionListing(reportId)
  const [asking, setAsking] = useState(false)
  // Each request starts from an empty form; the dialog stays mounted while closed so the focus can go back to
  // the button that opened it.
  const [askRound, setAskRound] = useState(0)
  const [session, setSession] = useState<MergeSession | null>(null)

  async function importing(read: () => Promise<Result<ReplyImport | null>>): Promise<void> {
    try {
      await store.flush()
      const imported = await unwrap(read())
      if (imported) setSession(startMerge(imported))
      reload()
    } catch (error) {
      notify({ intent: 'error', text: errorText(error) })
    }
  }

  async function onDrop(event: DragEvent): Promise<void> {
    event.preventDefault()
    event.stopPropagation()
    const files = await droppedFiles(event)
    if (files.length > 0) {
      await importing(() =>
        api.contributions.importDroppedReplies({ id: reportId, files: files.slice(0, 50) })
      )
    }
  }

  if (session) {
    return (
      <main className="page contributions-page">
        <MergeView
          session={session}
          onChange={setSession}
          onDone={(saved) => {
            setSession(null)
            if (!saved) return reload()
            notify({ intent: 'success', text: t('merge.saved') })
            // The report on screen is the one before the merge: open the saved revision afresh.
            navigate({ name: 'report', reportId, tab: 'contributions', reload: saved.revision })
          }}
        />
      </main>
    )
  }
  return (
    <main
      className="page contributions-page"
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => void onDrop(event)}
    >
      <Title3 as="h2">{t('overview.heading')}</Title3>
      <p>{t('overview.intro')}</p>
      <div className="contribution-actions">
        <Button
          icon={<PersonArrowRightRegular />}
          onClick={() => {
            setAskRound((round) => round + 1)
            setAsking(true)
          }}
        >
          {t('overview.ask')}
        </Button>
        <Button
          icon={<ArrowImportRegular />}
          onClick={() => void importing(() => api.contributions.importReplies({ id: reportId }))}
        >
          {t('overview.import')}
        </Button>
      </div>
      <p className="contribution-sub">{t('overview.dropHint')}</p>
      {listing && <ContributionOverview requests={listing.requests} now={new Date()} />}
      {askRound > 0 && (
        <AskDialog
          key={askRound}
          open={asking}
          onClose={(result) => {
            setAsking(false)
            if (!result) return
            const count = result.written.length
            notify({
              intent: count ? 'success' : 'info',
              text: count ? t('overview.written', { count }) : t('overview.noneWritten')
            })
            reload()
          }}
        />
      )}
    </main>
  )
}
