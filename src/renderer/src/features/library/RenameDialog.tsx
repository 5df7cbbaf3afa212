/** Renames a report from the library (the title also shown in the document). */
import { useState } from 'react'
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input
} from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { ReportSummary } from '../../../../shared/model'
import { useReturnFocus } from '../../components/return-focus'
import { DialogForm } from '../../components/DialogForm'

interface Props {
  /** The report being renamed; null when the dialog is closed. */
  report: ReportSummary | null
  onClose(): void
  onRename(report: ReportSummary, title: string): void
}

export function RenameDialog({ report, onClose, onRename }: Props) {
  useReturnFocus(report !== null)
  return (
    <Dialog open={report !== null} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        {/* Keyed by report, so the field starts from that report's title each time. */}
        {report && <RenameForm key={report.id} report={report} onClose={onClose} onRename={onRename} />}
      </DialogSurface>
    </Dialog>
  )
}

function RenameForm({ report, onClose, onRename }: Props & { report: ReportSummary }) {
  const { t } = useTranslation('library')
  const [title, setTitle] = useState(report.title)

  const submit = () => {
    if (title.trim()) onRename(report, title.trim())
  }

  return (
    <DialogForm onSubmit={submit}>
      <DialogBody>
        <DialogTitle>{t('rename.title')}</DialogTitle>
        <DialogContent>
          <Field label={t('rename.label')} required>
            <Input value={title} maxLength={300} onChange={(_, data) => setTitle(data.value)} />
          </Field>
        </DialogContent>
        <DialogActions>
          <Button appearance="primary" type="submit" disabled={!title.trim()}>
            {t('rename.submit')}
          </Button>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
        </DialogActions>
      </DialogBody>
    </DialogForm>
  )
}
