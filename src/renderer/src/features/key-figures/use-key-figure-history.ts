/** Loads the key figures of the open report's meeting series from storage (keyFigures.history). */
import { useEffect, useState } from 'react'
import type { KeyFigureHistory } from '../../../../shared/key-figures/history'
import { api, unwrap } from '../../api'

export type HistoryState =
  { status: 'loading' } | { status: 'ready'; history: KeyFigureHistory } | { status: 'error'; error: unknown }

type Loaded = { id: string } & (
  { status: 'ready'; history: KeyFigureHistory } | { status: 'error'; error: unknown }
)

/** The stored history of `reportId`: loading until the answer for this very id arrives. */
export function useKeyFigureHistory(reportId: string): HistoryState {
  const [loaded, setLoaded] = useState<Loaded>()
  useEffect(() => {
    let current = true
    unwrap(api.keyFigures.history({ id: reportId })).then(
      (history) => current && setLoaded({ id: reportId, status: 'ready', history }),
      (error: unknown) => current && setLoaded({ id: reportId, status: 'error', error })
    )
    // A quick switch of report must not show the answer meant for the one before.
    return () => {
      current = false
    }
  }, [reportId])
  if (loaded?.id !== reportId) return { status: 'loading' }
  return loaded
}
