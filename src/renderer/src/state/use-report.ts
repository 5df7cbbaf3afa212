/** React bindings for ReportStore: components subscribe to the slice they show, so typing re-renders little. */
import { createContext, useContext, useSyncExternalStore } from 'react'
import type { Report } from '../../../shared/model'
import type { ReportStore, SaveState } from './report-store'

export const ReportStoreContext = createContext<ReportStore | null>(null)

/** The store of the open report; only inside a ReportView. */
export function useReportStore(): ReportStore {
  const store = useContext(ReportStoreContext)
  if (!store) throw new Error('useReportStore outside a ReportStoreContext')
  return store
}

/** A slice of the open report; re-renders only when the selected value changes (by identity). */
export function useReportSelector<T>(select: (report: Report) => T): T {
  const store = useReportStore()
  return useSyncExternalStore(store.subscribe, () => select(store.getReport()))
}

/** A slice of the report as saved: where a field is held back, its last valid value (the title bar's date). */
export function useSavedSelector<T>(select: (report: Report) => T): T {
  const store = useReportStore()
  return useSyncExternalStore(store.subscribe, () => select(store.getSavableReport()))
}

/** The save state for the indicator. */
export function useSaveState(): SaveState {
  const store = useReportStore()
  return useSyncExternalStore(store.subscribe, store.getSaveState)
}

/** How many fields on screen hold text the model refuses (their last valid value is what is saved). */
export function useHeldBackCount(): number {
  const store = useReportStore()
  return useSyncExternalStore(store.subscribe, () => store.heldBack().length)
}
