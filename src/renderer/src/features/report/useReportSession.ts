/**
 * The editing session of one report: loads it into a ReportStore and wires the flush triggers (blur, hidden,
 * close handshake, menu Save); flushes and disposes the store when the view closes.
 */
import { useEffect, useState } from 'react'
import type { AppError } from '../../../../shared/contract'
import { ReportStore } from '../../state/report-store'

export type ReportSession =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; store: ReportStore; readOnlyReason?: 'newer_version' | 'locked' }

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
        window.api.events.on('app:flush', () => {
          void opened.flush().finally(() => void window.api.app.readyToClose({}))
        }),
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
