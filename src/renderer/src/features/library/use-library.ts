/** Loads the library listing (and the recently opened ids) and reloads it after each change. */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { LibraryProblem } from '../../../../shared/contract'
import type { ReportSummary } from '../../../../shared/model'
import { useNotify } from '../../components/notices'
import { useErrorText } from '../../components/error-text'
import { fetchLibrary, takePrefetchedLibrary } from './library-prefetch'

export interface LibraryData {
  /** null while the first load is under way. */
  reports: ReportSummary[] | null
  problems: LibraryProblem[]
  recentIds: string[]
  reload(): Promise<void>
}

/** The library as the list shows it; failures go to the notices. */
export function useLibrary(): LibraryData {
  const notify = useNotify()
  const errorText = useErrorText()
  const [reports, setReports] = useState<ReportSummary[] | null>(null)
  const [problems, setProblems] = useState<LibraryProblem[]>([])
  const [recentIds, setRecentIds] = useState<string[]>([])
  const mounted = useRef(true)

  const apply = useCallback(([listing, settings]: Awaited<ReturnType<typeof fetchLibrary>>) => {
    if (!mounted.current) return
    setReports(listing.reports)
    setProblems(listing.problems)
    setRecentIds(settings.recentReportIds)
  }, [])
  const fail = useCallback(
    (error: unknown) => {
      if (!mounted.current) return
      setReports((current) => current ?? [])
      notify({ intent: 'error', text: errorText(error) })
    },
    [notify, errorText]
  )
  const reload = useCallback(() => fetchLibrary().then(apply, fail), [apply, fail])

  useEffect(() => {
    mounted.current = true
    ;(takePrefetchedLibrary() ?? fetchLibrary()).then(apply, fail)
    return () => {
      mounted.current = false
    }
  }, [apply, fail])

  return { reports, problems, recentIds, reload }
}
