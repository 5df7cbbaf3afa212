/**
 * The merge view: one imported reply at a time — what was taken without conflict, then each conflict to decide.
 * Nothing is written until "Save merged report": then main saves one new revision (after a backup).
 */
import { useState } from 'react'
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { openConflicts } from '../../../../shared/contributions/resolve'
import type { SaveResult } from '../../../../shared/contract'
import { api, unwrap } from '../../api'
import { useErrorText } from '../../components/error-text'
import { ConflictCard } from './ConflictCard'
import { currentSettled, decide, takeCurrent, type MergeSession } from './merge-session'

interface Props {
  session: MergeSession
  onChange(session: MergeSession): void
  onDone(saved: SaveResult | null): void
}

export function MergeView({ session, onChange, onDone }: Props) {
  const { t } = useTranslation('contributions')
  const errorText = useErrorText()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const current = session.current
  const who = current
    ? [current.state.contributor.organisation, current.state.contributor.person].filter(Boolean).join(', ')
    : ''
  const open = current ? openConflicts(current.state).length : 0

  async function save(): Promise<void> {
    const finished = current ? takeCurrent(session) : session
    if (finished.current) return onChange(finished)
    if (finished.merged.length === 0) return onDone(null)
    setBusy(true)
    try {
      const saved = await unwrap(
        api.contributions.confirmMerge({
          sessionId: finished.sessionId,
          report: finished.report,
          replyHashes: finished.merged
        })
      )
      onDone(saved)
    } catch (failure) {
      setError(errorText(failure))
      setBusy(false)
    }
  }

  const last = session.queue.length === 0
  return (
    <section className="merge-view" aria-labelledby="merge-heading">
      <h2 id="merge-heading">{t('merge.heading')}</h2>
      {session.notes.map((note, index) => (
        <MessageBar key={index} intent="warning">
          <MessageBarBody>
            {t('merge.refused', { name: note.fileName, message: t(note.message.key, note.message.values) })}
          </MessageBarBody>
        </MessageBar>
      ))}
      {current && (
        <>
          <h3>{t('merge.from', { who })}</h3>
          <p>{t('merge.file', { name: current.fileName })}</p>
          <p>{t('merge.taken', { count: current.state.taken.length })}</p>
          <p role="status">{open > 0 ? t('merge.open', { count: open }) : t('merge.noConflicts')}</p>
          {current.state.conflicts.length > 0 && <p className="contribution-sub">{t('merge.diffLegend')}</p>}
          {current.state.conflicts.map((conflict) => (
            <ConflictCard
              key={conflict.id}
              conflict={conflict}
              theirsName={who}
              onDecide={(resolution) => {
                const next = decide(session, conflict.id, resolution)
                if (next) onChange(next)
                return next !== null
              }}
            />
          ))}
        </>
      )}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div className="merge-actions">
        {(current || session.merged.length > 0) && (
          <Button
            appearance="primary"
            disabled={busy || !currentSettled(session)}
            onClick={() => void save()}
          >
            {current && !last ? t('merge.next') : t('merge.save')}
          </Button>
        )}
        <Button disabled={busy} onClick={() => onDone(null)}>
          {t('merge.cancel')}
        </Button>
      </div>
    </section>
  )
}
