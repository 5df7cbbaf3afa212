/**
 * The "Contribution" mark in the report list: which reports are someone else's request being written here. Loaded
 * once per listing into one set that every row reads, so a list of a thousand reports asks main once.
 */
import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api'
import './contributions.css'

let marked: ReadonlySet<string> = new Set()
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Asks main which reports are contributions (after the list was loaded or changed). */
export function refreshContributionMarks(): void {
  void api.contributions.mine({}).then((result) => {
    // Without an answer the list stays unmarked: nothing else depends on it.
    if (!result.ok) return
    marked = new Set(result.value)
    listeners.forEach((listener) => listener())
  })
}

export function ContributionMark({ reportId }: { reportId: string }) {
  const { t } = useTranslation('contributions')
  const isContribution = useSyncExternalStore(subscribe, () => marked.has(reportId))
  return isContribution ? <span className="contribution-mark">{t('contributor.badge')}</span> : null
}
