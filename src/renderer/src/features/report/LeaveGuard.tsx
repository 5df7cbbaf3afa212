/**
 * While the open report shows text a field refuses, leaving it asks first (issue 9): "Stay and fix it" (the default,
 * back to the first refused field) or "Leave and discard the text". The rest of the report is saved either way.
 */
import { useEffect, useState } from 'react'
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle
} from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { ReportStore } from '../../state/report-store'
import { setLeaveGuard } from '../../state/leave-guard'

interface Pending {
  count: number
  proceed: () => void
}

export function LeaveGuard({ store, reportId }: { store: ReportStore; reportId: string }) {
  const { t } = useTranslation('leave')
  const [pending, setPending] = useState<Pending | null>(null)
  useEffect(
    () =>
      setLeaveGuard((next, proceed) => {
        // Another tab of the same report is no leaving.
        if (next.name === 'report' && next.reportId === reportId) return true
        const count = store.heldBack().length
        if (count === 0) return true
        setPending({ count, proceed })
        return false
      }),
    [store, reportId]
  )
  const stay = () => {
    setPending(null)
    // Back to the text that needs fixing, once the dialog has given focus back.
    setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0)
  }
  return (
    <Dialog open={pending !== null} onOpenChange={(_, data) => !data.open && stay()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('title')}</DialogTitle>
          <DialogContent>{t('body', { count: pending?.count ?? 0 })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={stay}>
              {t('stay')}
            </Button>
            <Button
              onClick={() => {
                const go = pending?.proceed
                setPending(null)
                go?.()
              }}
            >
              {t('leave')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
