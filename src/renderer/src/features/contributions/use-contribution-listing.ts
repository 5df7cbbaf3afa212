/** The contribution records of one report (requests asked, or the request it answers), reloadable. */
import { useCallback, useEffect, useState } from 'react'
import type { ContributionListing } from '../../../../shared/contributions/ipc'
import { api } from '../../api'

export function useContributionListing(reportId: string): {
  listing: ContributionListing | null
  reload: () => void
} {
  const [listing, setListing] = useState<ContributionListing | null>(null)
  const reload = useCallback(() => {
    void api.contributions.list({ id: reportId }).then((result) => {
      // Without the records the report is shown as an ordinary one: nothing here may stop it from opening.
      if (result.ok) setListing(result.value)
    })
  }, [reportId])
  useEffect(reload, [reload])
  return { listing, reload }
}
