/**
 * "Uusi tilannekuva": start from a template (built-in or the user's own), from a previous report (optionally
 * copying its notes), or blank; pick the document language and a title. On success opens the new report.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Button, Checkbox, Field, Input, Radio, RadioGroup, Select } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { Language, ReportSummary, Template } from '../../../../shared/model'
import { LANGUAGES } from '../../../../shared/vocabulary'
import type { CreateReportInput } from '../../../../shared/contract'
import { api, unwrap } from '../../api'
import { useNotify } from '../../components/notices'
import { useErrorText } from '../../components/error-text'
import { FormDialog } from '../../components/FormDialog'
import { formatDate } from '../../../../shared/dates'
import { NextMeetingDate, meetingDateToSend } from './NextMeetingDate'

type Source = 'template' | 'previous' | 'blank'

interface Props {
  open: boolean
  reports: readonly ReportSummary[]
  onClose(): void
  /** Called once the dialog has closed, with the new report's id. */
  onCreated(id: string): void
}

/** A template's name in the UI language, falling back to any language it has. */
export function templateName(template: Template, language: string): string {
  const names = template.name as Record<string, string | undefined>
  return names[language] || template.name.fi || template.name.en || template.name.sv || template.id
}

export function CreateReportDialog({ open, reports, onClose, onCreated }: Props) {
  const { t, i18n } = useTranslation('library')
  const notify = useNotify()
  const errorText = useErrorText()
  const [templates, setTemplates] = useState<Template[]>([])
  const [source, setSource] = useState<Source>('template')
  const [templateId, setTemplateId] = useState('')
  const [previousId, setPreviousId] = useState('')
  const [carryNotes, setCarryNotes] = useState(false)
  // A ref as well as state: Enter in the date field commits it and submits the form in the same event.
  const meetingDate = useRef('')
  const [meetingDateShown, setMeetingDateShown] = useState('')
  const [language, setLanguage] = useState<Language>((i18n.language as Language) || 'fi')
  const [title, setTitle] = useState('')
  const [busy, setBusy] = useState(false)
  const [created, setCreated] = useState<string | null>(null)

  // The new report opens once the dialog's closing motion has ended. Fluent reports that end for every exit that
  // is not interrupted: with reduced motion (a 1 ms motion) and without Web Animations (no animation, ended at
  // once). Only reopening the dialog mid-exit interrupts it, and then the user stays in the library, where the new
  // report is listed.
  const finish = useCallback(() => {
    if (!created) return
    setCreated(null)
    onCreated(created)
  }, [created, onCreated])

  useEffect(() => {
    if (!open) return
    void unwrap(api.templates.list({})).then(
      (list) => {
        setTemplates(list)
        setTemplateId((current) => current || (list.find((item) => item.builtIn) ?? list[0])?.id || '')
      },
      (error: unknown) => notify({ intent: 'error', text: errorText(error) })
    )
  }, [open, notify, errorText])

  // The latest meeting first: the usual choice is "the report of the previous meeting".
  const previous = useMemo(
    () =>
      [...reports].sort(
        (a, b) => b.meetingDate.localeCompare(a.meetingDate) || b.updatedAt.localeCompare(a.updatedAt)
      ),
    [reports]
  )
  const chosenPrevious = previousId || previous[0]?.id || ''

  const ready =
    (source === 'template' && templateId) || (source === 'previous' && chosenPrevious) || source === 'blank'

  const submit = async () => {
    if (!ready || busy) return
    const input: CreateReportInput = { language, title: title.trim() || undefined, carryNotes: false }
    if (source === 'template') input.templateId = templateId
    if (source === 'previous') {
      const date = meetingDateToSend(meetingDate.current)
      // A refused date shows its message in the field; nothing is created until it is fixed or cleared.
      if (date === undefined) return
      input.previousReportId = chosenPrevious
      input.carryNotes = carryNotes
      if (date) input.meetingDate = date
    }
    setBusy(true)
    try {
      const report = await unwrap(api.reports.create(input))
      setTitle('')
      meetingDate.current = ''
      setMeetingDateShown('')
      setCreated(report.id)
      onClose()
    } catch (error) {
      notify({ intent: 'error', text: errorText(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <FormDialog
      open={open}
      title={t('create.title')}
      contentClassName="library-create"
      surfaceMotion={{ onMotionFinish: (_, data) => data.direction === 'exit' && finish() }}
      onSubmit={() => void submit()}
      onDismiss={onClose}
      actions={
        <>
          <Button appearance="primary" type="submit" disabled={!ready || busy}>
            {t('create.submit')}
          </Button>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
        </>
      }
    >
      <Field label={t('create.source')}>
        <RadioGroup value={source} onChange={(_, data) => setSource(data.value as Source)}>
          <Radio value="template" label={t('create.fromTemplate')} />
          <Radio value="previous" label={t('create.fromPrevious')} disabled={previous.length === 0} />
          <Radio value="blank" label={t('create.blank')} />
        </RadioGroup>
      </Field>
      {source === 'template' && (
        <Field label={t('create.template')}>
          <Select value={templateId} onChange={(_, data) => setTemplateId(data.value)}>
            {templates.map((template) => (
              <option key={template.id} value={template.id}>
                {templateName(template, i18n.language)}
                {template.builtIn ? ` (${t('create.builtIn')})` : ''}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {source === 'previous' && (
        <>
          <Field label={t('create.previous')}>
            <Select value={chosenPrevious} onChange={(_, data) => setPreviousId(data.value)}>
              {previous.map((report) => (
                <option key={report.id} value={report.id}>
                  {report.title || t('common:untitled')}
                  {report.meetingDate ? ` – ${formatDate(report.meetingDate, i18n.language)}` : ''}
                </option>
              ))}
            </Select>
          </Field>
          <NextMeetingDate
            value={meetingDateShown}
            onChange={(value) => {
              meetingDate.current = value
              setMeetingDateShown(value)
            }}
          />
          <Checkbox
            checked={carryNotes}
            onChange={(_, data) => setCarryNotes(data.checked === true)}
            label={t('create.carryNotes')}
          />
        </>
      )}
      <Field label={t('create.language')}>
        <Select value={language} onChange={(_, data) => setLanguage(data.value as Language)}>
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`common:language.${code}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('create.reportTitle')} hint={t('create.reportTitleHint')}>
        <Input value={title} maxLength={300} onChange={(_, data) => setTitle(data.value)} />
      </Field>
    </FormDialog>
  )
}
