/**
 * The export itself: save what is typed, ask main to write the .docx (main loads the report from storage, the source
 * of truth), then offer "Open" and "Show in folder". A cancelled save dialog says nothing.
 */
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportRequest, Result } from '../../../../shared/contract'
import { api, unwrap } from '../../api'
import { useNotify } from '../../components/notices'
import { useErrorText } from '../../components/error-text'
import { useReportStore } from '../../state/use-report'
import { fileName } from './file-name'

/** `run(options)` exports the open report; `busy` is true while it works. */
export function useExportDocx(): { busy: boolean; run: (options: ExportRequest) => Promise<void> } {
  const { t } = useTranslation('exportUi')
  const notify = useNotify()
  const errorText = useErrorText()
  const store = useReportStore()
  const [busy, setBusy] = useState(false)

  const shellAction = useCallback(
    (label: string, call: () => Promise<Result<null>>) => ({
      label,
      run: () =>
        void unwrap(call()).catch((error: unknown) => notify({ intent: 'error', text: errorText(error) }))
    }),
    [notify, errorText]
  )

  const run = useCallback(
    async (options: ExportRequest) => {
      setBusy(true)
      try {
        await store.flush()
        // Main exports what is on disk; if the latest edits could not be saved, the file would silently miss them.
        if (store.hasUnsavedChanges()) {
          notify({ intent: 'error', text: t('unsaved') })
          return
        }
        const done = await unwrap(api.export.docx({ reportId: store.getReport().id, options }))
        if (!done) return
        const { path } = done
        notify({
          intent: 'success',
          kind: 'export',
          text: t('done', { name: fileName(path) }),
          action: shellAction(t('open'), () => api.export.openFile({ path })),
          moreActions: [shellAction(t('showInFolder'), () => api.export.showInFolder({ path }))]
        })
      } catch (error) {
        notify({ intent: 'error', text: errorText(error) })
      } finally {
        setBusy(false)
      }
    },
    [store, notify, errorText, shellAction, t]
  )
  return { busy, run }
}
