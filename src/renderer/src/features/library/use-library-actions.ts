/** What the library does to reports: duplicate, rename, delete with undo, import a file, open the example. */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportSummary } from '../../../../shared/model'
import { api, unwrap } from '../../api'
import { useNotify } from '../../components/notices'
import { useErrorText } from '../../components/error-text'

export interface LibraryActions {
  duplicate(report: ReportSummary): Promise<void>
  rename(report: ReportSummary, title: string): Promise<boolean>
  remove(report: ReportSummary): Promise<void>
  importFile(): Promise<void>
  /** Resolves to the example's id, or null when it could not be opened (the notice says why). */
  importExample(): Promise<string | null>
}

/** Binds the actions to the notices and to `reload`, which refreshes the list after each change. */
export function useLibraryActions(reload: () => Promise<void>): LibraryActions {
  const { t } = useTranslation('library')
  const notify = useNotify()
  const errorText = useErrorText()

  return useMemo(() => {
    const name = (title: string) => title || t('common:untitled')
    const fail = (error: unknown) => notify({ intent: 'error', text: errorText(error) })
    const restore = async (report: ReportSummary) => {
      try {
        await unwrap(api.reports.restore({ id: report.id }))
        await reload()
      } catch (error) {
        fail(error)
      }
    }
    return {
      duplicate: async (report) => {
        try {
          const copy = await unwrap(api.reports.duplicate({ id: report.id }))
          await reload()
          notify({ intent: 'success', text: t('notice.duplicated', { title: name(copy.title) }) })
        } catch (error) {
          fail(error)
        }
      },
      rename: async (report, title) => {
        try {
          await unwrap(api.reports.rename({ id: report.id, title }))
          await reload()
          return true
        } catch (error) {
          fail(error)
          return false
        }
      },
      remove: async (report) => {
        try {
          await unwrap(api.reports.delete({ id: report.id }))
          await reload()
          notify({
            intent: 'info',
            text: t('notice.deleted', { title: name(report.title) }),
            action: { label: t('notice.undo'), run: () => void restore(report) }
          })
        } catch (error) {
          fail(error)
        }
      },
      importFile: async () => {
        try {
          const report = await unwrap(api.reports.importFile({}))
          if (!report) return
          await reload()
          notify({ intent: 'success', text: t('notice.imported', { title: name(report.title) }) })
        } catch (error) {
          fail(error)
        }
      },
      importExample: async () => {
        try {
          const report = await unwrap(api.reports.importExample({}))
          return report.id
        } catch (error) {
          fail(error)
          return null
        }
      }
    }
  }, [t, notify, errorText, reload])
}
