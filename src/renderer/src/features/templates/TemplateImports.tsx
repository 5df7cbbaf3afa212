/** Bringing templates in: sections from a Word document's headings, or a shared `.tilannekuva-template.json`. */
import { Button } from '@fluentui/react-components'
import { ArrowImportRegular, DocumentArrowLeftRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { Language, Template } from '../../../../shared/model'
import { api, unwrap } from '../../api'
import { useNotify } from '../../components/notices'
import { useRunner } from './useRunner'

export function TemplateImports({ onImported }: { onImported: (template: Template) => void }) {
  const { t, i18n } = useTranslation('templatesUi')
  const notify = useNotify()
  const { busy, run } = useRunner()
  const importWith = async (read: () => Promise<Template | null>) => {
    const template = await run(read)
    // null: the user cancelled the file dialog.
    if (!template) return
    notify({ intent: 'success', text: t('imported', { count: template.sections.length }) })
    onImported(template)
  }
  return (
    <div className="template-toolbar">
      <Button
        icon={<DocumentArrowLeftRegular />}
        disabled={busy}
        onClick={() =>
          // The headings' text is in the language the user works in; other languages can be added in the editor.
          void importWith(() => unwrap(api.templates.importDocx({ language: i18n.language as Language })))
        }
      >
        {t('importDocx')}
      </Button>
      <Button
        icon={<ArrowImportRegular />}
        disabled={busy}
        onClick={() => void importWith(() => unwrap(api.templates.importFile({})))}
      >
        {t('importFile')}
      </Button>
    </div>
  )
}
