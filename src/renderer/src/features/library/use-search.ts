/** Full-text search in main (MiniSearch): the typed text, debounced, to the ids of matching reports. */
import { useEffect, useState } from 'react'
import { api, unwrap } from '../../api'
import { useNotify } from '../../components/notices'
import { useErrorText } from '../../components/error-text'

const DEBOUNCE_MS = 200

/**
 * Returns the matching ids (best first) for `text`, or null when the box is empty. `generation` changes when the
 * library changed (create, delete, restore) so the same query is asked again.
 */
export function useSearch(text: string, generation: unknown): readonly string[] | null {
  const notify = useNotify()
  const errorText = useErrorText()
  const [matches, setMatches] = useState<readonly string[] | null>(null)
  const query = text.trim()

  useEffect(() => {
    if (!query) return
    let current = true
    const timer = setTimeout(() => {
      unwrap(api.reports.search({ query })).then(
        (ids) => current && setMatches(ids),
        (error: unknown) => current && notify({ intent: 'error', text: errorText(error) })
      )
    }, DEBOUNCE_MS)
    // A newer keystroke wins: the answer to an older query is dropped.
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [query, generation, notify, errorText])

  return query ? matches : null
}
