/** Loads the report this one was made from (the predecessor in the meeting series), from storage. */
import { useEffect, useState } from 'react'
import type { Report } from '../../../../shared/model'
import { api, unwrap } from '../../api'

export type PreviousState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; report: Report }
  | { status: 'error'; error: unknown }

type Loaded = { id: string } & ({ status: 'ready'; report: Report } | { status: 'error'; error: unknown })

/** The predecessor of the open report; `none` when the report has no previousReportId. */
export function usePreviousReport(previousReportId: string | undefined): PreviousState {
  const [loaded, setLoaded] = useState<Loaded>()
  useEffect(() => {
    if (!previousReportId) return
    let current = true
    unwrap(api.reports.get({ id: previousReportId })).then(
      (opened) => current && setLoaded({ id: previousReportId, status: 'ready', report: opened.report }),
      (error: unknown) => current && setLoaded({ id: previousReportId, status: 'error', error })
    )
    // A quick switch of report must not show the answer meant for the one before.
    return () => {
      current = false
    }
  }, [previousReportId])
  if (!previousReportId) return { status: 'none' }
  // Until the answer for this id arrives, whatever was loaded before belongs to another report.
  if (loaded?.id !== previousReportId) return { status: 'loading' }
  return loaded
}
