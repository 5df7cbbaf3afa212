/** Runs an operation the user asked for: one at a time, and any failure becomes a translated notice. */
import { useCallback, useState } from 'react'
import { useNotify } from '../../components/notices'
import { useErrorText } from '../../components/error-text'

/** `run(work)` resolves to the work's value, or undefined when it failed (the user has been told). */
export function useRunner(): {
  busy: boolean
  run: <T>(work: () => Promise<T>) => Promise<T | undefined>
} {
  const notify = useNotify()
  const errorText = useErrorText()
  const [busy, setBusy] = useState(false)
  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true)
      try {
        return await work()
      } catch (error) {
        notify({ intent: 'error', text: errorText(error) })
        return undefined
      } finally {
        setBusy(false)
      }
    },
    [notify, errorText]
  )
  return { busy, run }
}
