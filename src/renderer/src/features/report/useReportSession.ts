/**
 * The editing session of one report: loads it into a ReportStore and wires the flush triggers (blur, hidden,
 * close handshake, menu Save); flushes and disposes the store when the view closes.
 */
import { useEffect, useState } from 'react'
import i18next from 'i18next'
import type { AppError, OpenedReport, ReadyToCloseInput } from '../../../../shared/contract'
import { ReportStore } from '../../state/report-store'
import { recoveryCopy } from '../../state/recovery-copy'

export type ReportSession =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; store: ReportStore; readOnlyReason?: OpenedReport['readOnlyReason'] }

/** The session of report `id`: loading, failed, or ready with its store. */
export function useReportSession(id: string): ReportSession {
  const [state, setState] = useState<ReportSession>({ status: 'loading' })
  useEffect(() => {
    let cancelled = false
    let store: ReportStore | undefined
    const offs: Array<() => void> = []
    void window.api.reports.get({ id }).then((result) => {
      if (cancelled) return
      if (!result.ok) return setState({ status: 'error', error: result.error })
      const { report, readOnly, readOnlyReason } = result.value
      const opened = new ReportStore(report, (input) => window.api.reports.save(input), readOnly)
      store = opened
      const flush = () => void opened.flush()
      const onVisibility = () => document.visibilityState === 'hidden' && flush()
      window.addEventListener('blur', flush)
      document.addEventListener('visibilitychange', onVisibility)
      offs.push(
        () => window.removeEventListener('blur', flush),
        () => document.removeEventListener('visibilitychange', onVisibility),
        window.api.events.on('app:flush', () => void answerClose(opened)),
        window.api.events.on('menu:command', (command) => command === 'save' && flush())
      )
      setState({ status: 'ready', store: opened, readOnlyReason })
    })
    return () => {
      cancelled = true
      offs.forEach((off) => off())
      if (store) void store.flush().finally(() => store?.dispose())
    }
  }, [id])
  return state
}

/**
 * The window is closing: commit the field being typed in (date fields commit on leaving), save, and tell main what
 * could not be saved — a copy of the report as the window shows it — so the user is asked before it is lost.
 */
export async function answerClose(store: ReportStore): Promise<void> {
  const focused = document.activeElement
  if (focused instanceof HTMLElement) focused.blur()
  await store.flush()
  const answer: ReadyToCloseInput = {}
  if (store.hasUnsavedChanges()) {
    const t = i18next.t.bind(i18next)
    const report = recoveryCopy(store.getReport(), store.getSavableReport(), store.heldBack(), t)
    answer.unsaved = { report }
  }
  await window.api.app.readyToClose(answer)
}
