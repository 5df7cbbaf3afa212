/** The export options: document language, what to include, and an optional organisation Word template. */
import { Button, Checkbox, Field, Radio, RadioGroup, Text } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { ExportRequest } from '../../../../shared/contract'
import { LANGUAGES, type Language } from '../../../../shared/model'
import { FormDialog } from '../../components/FormDialog'
import { OrgTemplateField } from './OrgTemplateField'
import { ChartsOption } from './ChartsOption'
import { MissingAltText } from '../editor/images/MissingAltText'

type Flag =
  'includeEmptySections' | 'includeOverview' | 'includeActionList' | 'includeGuidance' | 'includeContents'
const FLAGS: Flag[] = [
  'includeOverview',
  'includeActionList',
  'includeEmptySections',
  'includeContents',
  'includeGuidance'
]
/** Choices whose effect needs a sentence of help: what happens without them, what Word then asks. */
const HINTED = new Set<Flag>(['includeEmptySections', 'includeContents'])

/** The options, plus the picked template's name to show (main holds its path; the renderer only a token). */
export type ExportChoices = Required<Omit<ExportRequest, 'organisationTemplate'>> &
  Pick<ExportRequest, 'organisationTemplate'> & {
    organisationTemplateName?: string
    /** Main keeps the template for later exports. */
    organisationTemplateRemembered?: boolean
  }

/**
 * The defaults of the contract, in the report's language: the overview and the open actions; no empty sections
 * (they are named on one line), no table of contents (Word asks before filling its page numbers), no guidance.
 */
export function defaultChoices(language: Language): ExportChoices {
  return {
    language,
    includeEmptySections: false,
    includeOverview: true,
    includeActionList: true,
    includeGuidance: false,
    includeContents: false,
    includeCharts: true
  }
}

interface Props {
  open: boolean
  choices: ExportChoices
  onChange: (choices: ExportChoices) => void
  onExport: () => void
  onClose: () => void
}

export function ExportDialog({ open, choices, onChange, onExport, onClose }: Props) {
  const { t } = useTranslation('exportUi')
  const { t: tc } = useTranslation()
  const {
    organisationTemplate: token,
    organisationTemplateName: templateName,
    organisationTemplateRemembered: _remembered,
    ...rest
  } = choices
  return (
    <FormDialog
      open={open}
      title={t('title')}
      contentClassName="export-options"
      returnFocus={false}
      onSubmit={onExport}
      onDismiss={onClose}
      actions={
        <>
          <Button appearance="primary" type="submit">
            {t('export')}
          </Button>
          <Button onClick={onClose}>{tc('cancel')}</Button>
        </>
      }
    >
      <MissingAltText />
      <Field label={t('language')}>
        <RadioGroup
          layout="horizontal"
          value={choices.language}
          onChange={(_, data) => onChange({ ...choices, language: data.value as Language })}
        >
          {LANGUAGES.map((language) => (
            <Radio key={language} value={language} label={tc(`language.${language}`)} />
          ))}
        </RadioGroup>
      </Field>
      <fieldset className="export-flags">
        <legend>{t('include')}</legend>
        {FLAGS.map((flag) => (
          <div key={flag} className="export-flag">
            <Checkbox
              checked={choices[flag]}
              label={t(`flags.${flag}`)}
              aria-describedby={HINTED.has(flag) ? `export-hint-${flag}` : undefined}
              onChange={(_, data) => onChange({ ...choices, [flag]: data.checked === true })}
            />
            {HINTED.has(flag) && (
              <Text id={`export-hint-${flag}`} size={200} className="export-flag-hint">
                {t(`flagHints.${flag}`)}
              </Text>
            )}
          </div>
        ))}
        <ChartsOption
          checked={choices.includeCharts}
          onChange={(includeCharts) => onChange({ ...choices, includeCharts })}
        />
      </fieldset>
      <OrgTemplateField
        chosen={
          token
            ? { token, name: templateName ?? '', remembered: choices.organisationTemplateRemembered }
            : undefined
        }
        onChange={(chosen) =>
          onChange(
            chosen
              ? {
                  ...rest,
                  organisationTemplate: chosen.token,
                  organisationTemplateName: chosen.name,
                  organisationTemplateRemembered: chosen.remembered
                }
              : rest
          )
        }
      />
    </FormDialog>
  )
}
