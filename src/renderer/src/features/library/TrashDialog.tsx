/** The trash ("Roskakori"): reports deleted from the library, each restorable. */
import { useEffect, useState } from 'react'
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text
} from '@fluentui/react-components'
import { ArrowUndoRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { TrashEntry } from '../../../../shared/contract'
import { api, unwrap } from '../../api'
import { useNotify } from '../../components/notices'
import { useErrorText } from '../../components/error-text'
import { formatDateTime } from '../../../../shared/dates'
import { useReturnFocus } from '../../components/return-focus'

interface Props {
  open: boolean
  onClose(): void
  /** Called after a report came back, so the library reloads. */
  onRestored(): void
}

export function TrashDialog({ open, onClose, onRestored }: Props) {
  const { t } = useTranslation('library')
  useReturnFocus(open)
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined} className="library-trash">
        <DialogBody>
          <DialogTitle>{t('trash.title')}</DialogTitle>
          <DialogContent>
            {/* Mounted only while open, so each opening reads the trash afresh. */}
            <TrashList onRestored={onRestored} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t('common:close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}

function TrashList({ onRestored }: Pick<Props, 'onRestored'>) {
  const { t, i18n } = useTranslation('library')
  const notify = useNotify()
  const errorText = useErrorText()
  const [entries, setEntries] = useState<TrashEntry[] | null>(null)

  useEffect(() => {
    unwrap(api.reports.listTrash({})).then(
      (list) => setEntries([...list].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))),
      (error: unknown) => {
        setEntries([])
        notify({ intent: 'error', text: errorText(error) })
      }
    )
  }, [notify, errorText])

  const restore = async (entry: TrashEntry) => {
    try {
      await unwrap(api.reports.restore({ id: entry.id }))
      setEntries((current) => current?.filter((other) => other.id !== entry.id) ?? null)
      notify({ intent: 'success', text: t('trash.restored', { title: entry.title || t('common:untitled') }) })
      onRestored()
    } catch (error) {
      notify({ intent: 'error', text: errorText(error) })
    }
  }

  if (entries === null) return <Text>{t('common:loading')}</Text>
  if (entries.length === 0) return <Text>{t('trash.empty')}</Text>
  return (
    <Table size="small" aria-label={t('trash.title')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('table.title')}</TableHeaderCell>
          <TableHeaderCell>{t('trash.deletedAt')}</TableHeaderCell>
          <TableHeaderCell>
            <span className="visually-hidden">{t('table.actions')}</span>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id}>
            <TableCell>{entry.title || t('common:untitled')}</TableCell>
            <TableCell>{formatDateTime(entry.deletedAt, i18n.language)}</TableCell>
            <TableCell>
              <Button
                size="small"
                icon={<ArrowUndoRegular />}
                aria-label={t('trash.restoreNamed', { title: entry.title || t('common:untitled') })}
                onClick={() => void restore(entry)}
              >
                {t('trash.restore')}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
