/**
 * Damaged report files found when the library opened: each becomes one warning saying which file was moved aside,
 * and, when a backup exists, an action that restores it. Shown once per session, not on every return to the list.
 */
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { LibraryProblem } from '../../../../shared/contract'
import { api, unwrap } from '../../api'
import { useNotify } from '../../components/notices'
import { useErrorText } from '../../components/error-text'

const shown = new Set<string>()

/** Forgets which problems were shown (tests start each case fresh). */
export function resetShownProblems(): void {
  shown.clear()
}

/** Notifies about `problems`; `reload` refreshes the list after a backup was restored. */
export function useLibraryProblems(problems: readonly LibraryProblem[], reload: () => Promise<void>): void {
  const { t } = useTranslation('library')
  const notify = useNotify()
  const errorText = useErrorText()

  useEffect(() => {
    for (const problem of problems) {
      const key = `${problem.kind}:${problem.file}`
      if (shown.has(key)) continue
      shown.add(key)
      const file = problem.file.split(/[\\/]/).pop() ?? problem.file
      const { reportId, backupId } = problem
      const restorable = reportId !== undefined && backupId !== undefined
      const text = t(`problem.${problem.kind}`, { file })
      notify({
        intent: 'warning',
        text: restorable ? `${text} ${t('problem.backupAvailable')}` : text,
        action: restorable
          ? {
              label: t('problem.restoreBackup'),
              run: () =>
                void unwrap(api.reports.restoreBackup({ id: reportId, backupId }))
                  .then(async (report) => {
                    await reload()
                    notify({ intent: 'success', text: t('problem.restored', { title: report.title }) })
                  })
                  .catch((error: unknown) => notify({ intent: 'error', text: errorText(error) }))
            }
          : undefined
      })
    }
  }, [problems, t, notify, errorText, reload])
}
