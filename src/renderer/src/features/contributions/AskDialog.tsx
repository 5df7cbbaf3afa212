/**
 * "Pyydä osuutta": the sections to ask for, who writes them (organisation, person), a due date and a message. Main
 * shows the save dialog and writes the request file; the renderer names no file.
 */
import { useState } from 'react'
import { Button, Checkbox, Field, Input, Textarea } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { AskResult } from '../../../../shared/contributions/ipc'
import { isIsoDate } from '../../../../shared/dates'
import { api, unwrap } from '../../api'
import { DateInput } from '../../components/DateInput'
import { FormDialog } from '../../components/FormDialog'
import { useErrorText } from '../../components/error-text'
import { useReportSelector } from '../../state/use-report'

interface Props {
  open: boolean
  onClose(result: AskResult | null): void
}

export function AskDialog({ open, onClose }: Props) {
  const { t } = useTranslation('contributions')
  const errorText = useErrorText()
  const reportId = useReportSelector((r) => r.id)
  const sections = useReportSelector((r) => r.sections)
  const [chosen, setChosen] = useState<string[]>([])
  // One request file per contributor: the same sections, due date and message for each.
  const [contributors, setContributors] = useState([{ organisation: '', person: '' }])
  const [due, setDue] = useState('')
  const [message, setMessage] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(): Promise<void> {
    if (chosen.length === 0) return setProblem(t('ask.chooseSection'))
    const named = contributors.map((c) => ({ organisation: c.organisation.trim(), person: c.person.trim() }))
    if (named.some((c) => !c.organisation && !c.person)) return setProblem(t('ask.nameSomeone'))
    if (due !== '' && !isIsoDate(due)) return // DateInput says what is wrong with the date.
    setProblem(null)
    setBusy(true)
    try {
      const sectionIds = sections.filter((s) => chosen.includes(s.id)).map((s) => s.id)
      const requests = named.map((contributor) => ({ sectionIds, contributor, due, message }))
      const result = await unwrap(api.contributions.ask({ reportId, requests }))
      onClose(result)
    } catch (error) {
      setProblem(errorText(error))
    } finally {
      setBusy(false)
    }
  }

  const setContributor = (index: number, patch: Partial<(typeof contributors)[number]>) =>
    setContributors((current) => current.map((c, i) => (i === index ? { ...c, ...patch } : c)))

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => (on ? [...current, id] : current.filter((c) => c !== id)))

  return (
    <FormDialog
      open={open}
      title={t('ask.title')}
      contentClassName="ask-form"
      onSubmit={() => void submit()}
      onDismiss={() => onClose(null)}
      actions={
        <>
          <Button appearance="primary" type="submit" disabled={busy}>
            {t('ask.save')}
          </Button>
          <Button onClick={() => onClose(null)}>{t('ask.cancel')}</Button>
        </>
      }
    >
      <fieldset>
        <legend>{t('ask.sections')}</legend>
        {sections.map((section) => (
          <Checkbox
            key={section.id}
            label={section.title}
            checked={chosen.includes(section.id)}
            onChange={(_, data) => toggle(section.id, data.checked === true)}
          />
        ))}
      </fieldset>
      {contributors.map((contributor, index) => (
        <fieldset key={index}>
          <legend>{t('ask.contributorN', { number: String(index + 1) })}</legend>
          <Field label={t('ask.organisation')}>
            <Input
              value={contributor.organisation}
              onChange={(_, d) => setContributor(index, { organisation: d.value })}
              maxLength={200}
            />
          </Field>
          <Field label={t('ask.person')}>
            <Input
              value={contributor.person}
              onChange={(_, d) => setContributor(index, { person: d.value })}
              maxLength={200}
            />
          </Field>
          {index > 0 && (
            <Button
              appearance="subtle"
              onClick={() => setContributors((current) => current.filter((_, i) => i !== index))}
            >
              {t('ask.removeContributor', { number: String(index + 1) })}
            </Button>
          )}
        </fieldset>
      ))}
      <Button
        disabled={contributors.length >= 50}
        onClick={() => setContributors((current) => [...current, { organisation: '', person: '' }])}
      >
        {t('ask.addContributor')}
      </Button>
      <DateInput kind="date" label={t('ask.due')} value={due} onChange={setDue} />
      <Field label={t('ask.message')}>
        <Textarea value={message} onChange={(_, d) => setMessage(d.value)} maxLength={4000} />
      </Field>
      {problem && (
        <p role="alert" className="ask-problem">
          {problem}
        </p>
      )}
    </FormDialog>
  )
}
