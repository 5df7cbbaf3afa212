/** "Raportin tiedot": the document's own details — title, language, state, version, marking, diary number, author. */
import { Field, Radio, RadioGroup, Select, Title2 } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { MissingAltText } from '../editor/images/MissingAltText'
import {
  LANGUAGES,
  REPORT_STATES,
  reportSchema,
  type Language,
  type Report,
  type ReportState
} from '../../../../shared/model'
import { useReportSelector, useReportStore } from '../../state/use-report'
import { BoundInput } from './BoundInput'
import { ClassificationField } from './ClassificationField'
import { OrganisationField } from './OrganisationField'
import { looksLikeDiaryNumber } from './details-rules'
import './details.css'

const selectTitle = (r: Report) => r.title
const writeTitle = (r: Report, title: string): Report => ({ ...r, title })
const selectVersion = (r: Report) => r.version
const writeVersion = (r: Report, version: string): Report => ({ ...r, version })
const selectDiaryNumber = (r: Report) => r.diaryNumber
const writeDiaryNumber = (r: Report, diaryNumber: string): Report => ({ ...r, diaryNumber })
const selectAuthor = (r: Report) => r.author
const writeAuthor = (r: Report, author: string): Report => ({ ...r, author })
const selectLanguage = (r: Report) => r.language
const selectState = (r: Report) => r.state

/** The report details form; every field autosaves. */
export function ReportDetailsForm() {
  const { t } = useTranslation('details')
  return (
    <main className="page details-page" aria-labelledby="details-heading">
      <Title2 as="h1" id="details-heading">
        {t('report.heading')}
      </Title2>
      <div className="details-grid">
        <BoundInput
          label={t('report.title')}
          schema={reportSchema.shape.title}
          select={selectTitle}
          write={writeTitle}
          className="details-wide"
          checkSpelling
        />
        <LanguageField />
        <StateField />
        <MissingAltText />
        <BoundInput
          label={t('report.version')}
          hint={t('report.versionHint')}
          schema={reportSchema.shape.version}
          select={selectVersion}
          write={writeVersion}
        />
        <DiaryNumberField />
        <BoundInput
          label={t('report.author')}
          schema={reportSchema.shape.author}
          select={selectAuthor}
          write={writeAuthor}
        />
        <OrganisationField />
      </div>
      <ClassificationField />
    </main>
  )
}

function LanguageField() {
  const { t } = useTranslation('details')
  const { t: tc } = useTranslation()
  const store = useReportStore()
  const language = useReportSelector(selectLanguage)
  return (
    <Field label={t('report.language')} hint={t('report.languageHint')}>
      <Select
        value={language}
        disabled={store.readOnly}
        onChange={(_, data) => store.update((r) => ({ ...r, language: data.value as Language }))}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {tc(`language.${code}`)}
          </option>
        ))}
      </Select>
    </Field>
  )
}

function StateField() {
  const { t } = useTranslation('details')
  const { t: tc } = useTranslation()
  const store = useReportStore()
  const state = useReportSelector(selectState)
  return (
    <Field label={t('report.state')}>
      <RadioGroup
        layout="horizontal"
        value={state}
        disabled={store.readOnly}
        onChange={(_, data) => store.update((r) => ({ ...r, state: data.value as ReportState }))}
      >
        {REPORT_STATES.map((option) => (
          <Radio key={option} value={option} label={tc(`state.${option}`)} />
        ))}
      </RadioGroup>
    </Field>
  )
}

function DiaryNumberField() {
  const { t } = useTranslation('details')
  const diaryNumber = useReportSelector(selectDiaryNumber)
  return (
    <BoundInput
      label={t('report.diaryNumber')}
      hint={t('report.diaryNumberHint')}
      schema={reportSchema.shape.diaryNumber}
      select={selectDiaryNumber}
      write={writeDiaryNumber}
      validation={
        looksLikeDiaryNumber(diaryNumber)
          ? undefined
          : { state: 'warning', message: t('report.diaryNumberWarning') }
      }
    />
  )
}
