/** Opening a report from the library: go to its sections tab and remember it among the recently opened. */
import { useCallback } from 'react'
import { api } from '../../api'
import { useNavigate } from '../../state/navigation-context'
import { withRecent } from './library-filter'

/** Returns `open(id)`: navigates to the report and records it as recently opened (it loads nothing itself). */
export function useOpenFromLibrary(): (id: string) => void {
  const navigate = useNavigate()
  return useCallback(
    (id: string) => {
      // The recent list is a convenience: if it cannot be saved (read-only data folder), opening still works,
      // so its failure is deliberately not shown.
      void api.settings.get({}).then((settings) => {
        if (settings.ok) {
          void api.settings.update({ recentReportIds: withRecent(settings.value.recentReportIds, id) })
        }
      })
      navigate({ name: 'report', reportId: id, tab: 'sections' })
    },
    [navigate]
  )
}
