/**
 * Opening a request for a contribution from anywhere: File → "Open a request…", the library's button, or a file
 * dropped on the window (a reply dropped on a report's Contributions view is imported there instead). Main reads
 * and checks the file; a file that cannot be used is explained and nothing changes.
 */
import { useCallback, useEffect } from 'react'
import { Button } from '@fluentui/react-components'
import { DocumentArrowLeftRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { OpenedRequest } from '../../../../shared/contributions/ipc'
import type { Result } from '../../../../shared/contract'
import { api, unwrap } from '../../api'
import { useErrorText } from '../../components/error-text'
import { useNotify } from '../../components/notices'
import { useNavigate } from '../../state/navigation-context'

/** Runs an open and goes to the contribution, or says why the file could not be opened. */
function useOpenRequest(): (read: () => Promise<Result<OpenedRequest | null>>) => Promise<void> {
  const { t } = useTranslation('contributions')
  const notify = useNotify()
  const navigate = useNavigate()
  const errorText = useErrorText()
  return useCallback(
    async (read) => {
      try {
        const opened = await unwrap(read())
        if (!opened) return
        if (!opened.ok) return notify({ intent: 'error', text: t(opened.message.key, opened.message.values) })
        notify({ intent: 'success', text: t('contributor.opened') })
        navigate({ name: 'report', reportId: opened.reportId, tab: 'sections' })
      } catch (error) {
        notify({ intent: 'error', text: errorText(error) })
      }
    },
    [errorText, navigate, notify, t]
  )
}

/** The library's "Open a request for a contribution…" button. */
export function OpenRequestButton() {
  const { t } = useTranslation('contributions')
  const open = useOpenRequest()
  return (
    <Button
      icon={<DocumentArrowLeftRegular />}
      onClick={() => void open(() => api.contributions.openRequest({}))}
    >
      {t('contributor.open')}
    </Button>
  )
}

/** The menu command and window drops; renders nothing. */
export function ContributionOpener() {
  const open = useOpenRequest()
  useEffect(
    () =>
      window.api.events.on('menu:command', (command) => {
        if (command === 'open-contribution') void open(() => api.contributions.openRequest({}))
        if (command === 'opened-files') void open(() => api.contributions.openPending({}))
      }),
    [open]
  )
  // A file double-clicked to start the app waits in main until the window is here to show it.
  useEffect(() => {
    void api.contributions.openPending({}).then((result) => {
      // Nothing waiting (the usual start) or no answer: the app starts as always.
      if (result.ok && result.value) void open(async () => result)
    })
  }, [open])
  useEffect(() => {
    const onDragOver = (event: DragEvent) => event.preventDefault()
    const onDrop = (event: DragEvent) => {
      // Without this the browser would navigate to the dropped file.
      event.preventDefault()
      const file = event.dataTransfer?.files[0]
      if (!file || !file.name.endsWith('.json')) return
      void file
        .text()
        .then((text) => open(() => api.contributions.openDroppedRequest({ name: file.name, text })))
    }
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [open])
  return null
}
