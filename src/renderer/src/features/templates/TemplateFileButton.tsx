/** "Save as file": writes the template as `.tilannekuva-template.json` to share with colleagues. */
import { Button } from '@fluentui/react-components'
import { ArrowExportRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../../api'
import { useNotify } from '../../components/notices'
import { useRunner } from './useRunner'
import { fileName } from '../export/file-name'

export function TemplateFileButton({ templateId }: { templateId: string }) {
  const { t } = useTranslation('templatesUi')
  const notify = useNotify()
  const { busy, run } = useRunner()
  const exportFile = async () => {
    const done = await run(() => unwrap(api.templates.exportFile({ id: templateId })))
    // null: the user cancelled the dialog, which needs no message.
    if (done) notify({ intent: 'success', text: t('exported', { name: fileName(done.path) }) })
  }
  return (
    <Button icon={<ArrowExportRegular />} disabled={busy} onClick={() => void exportFile()}>
      {t('exportFile')}
    </Button>
  )
}
