/**
 * "Vie Word-tiedostoksi" in the report's top bar: options in a small dialog, then the export with progress and the
 * result as a notice. The app menu's "Export to Word" command opens the same dialog.
 */
import { useEffect, useState } from 'react'
import { Button, Spinner } from '@fluentui/react-components'
import { DocumentArrowRightRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../../api'
import { useReportSelector } from '../../state/use-report'
import { defaultChoices, ExportDialog, type ExportChoices } from './ExportDialog'
import { useExportDocx } from './useExportDocx'
import { useReturnFocus } from '../../components/return-focus'
import './export.css'

export function ExportButton() {
  const { t } = useTranslation('exportUi')
  const reportLanguage = useReportSelector((report) => report.language)
  const [open, setOpen] = useState(false)
  const [choices, setChoices] = useState<ExportChoices>(() => defaultChoices(reportLanguage))
  const { busy, run } = useExportDocx()
  // The dialog and then the export: the button is disabled meanwhile, so the focus comes back when both are over.
  useReturnFocus(open || busy)

  useEffect(
    () =>
      window.api.events.on('menu:command', (command) => {
        if (command === 'export-docx') setOpen(true)
      }),
    []
  )

  // The remembered organisation template (main keeps it) is offered each time the dialog opens without one.
  const hasTemplate = choices.organisationTemplate !== undefined
  useEffect(() => {
    if (!open || hasTemplate) return
    let current = true
    unwrap(api.export.rememberedTemplate({})).then(
      (kept) =>
        current &&
        kept &&
        setChoices((now) =>
          now.organisationTemplate
            ? now
            : {
                ...now,
                organisationTemplate: kept.token,
                organisationTemplateName: kept.name,
                organisationTemplateRemembered: true
              }
        ),
      // Without it the export uses the app's own layout; the dialog still works.
      () => undefined
    )
    return () => {
      current = false
    }
  }, [open, hasTemplate])

  const start = () => {
    setOpen(false)
    // The name is for the dialog only; the template travels as its token.
    const { organisationTemplateName: _shown, organisationTemplateRemembered: _kept, ...options } = choices
    void run(options)
  }
  return (
    <>
      <Button
        appearance="primary"
        className="export-button"
        icon={busy ? <Spinner size="extra-tiny" /> : <DocumentArrowRightRegular />}
        disabled={busy}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {busy ? t('exporting') : t('button')}
      </Button>
      <ExportDialog
        open={open && !busy}
        choices={choices}
        onChange={setChoices}
        onExport={start}
        onClose={() => setOpen(false)}
      />
    </>
  )
}
