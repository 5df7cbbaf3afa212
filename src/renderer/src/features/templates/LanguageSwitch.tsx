/** Which language of a multilingual template is being edited or read: fi / sv / en. */
import { Field, Radio, RadioGroup } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from '../../../../shared/model'

export function LanguageSwitch(props: {
  value: Language
  onChange: (language: Language) => void
  label: string
}) {
  const { t } = useTranslation()
  return (
    <Field label={props.label} className="template-language">
      <RadioGroup
        layout="horizontal"
        value={props.value}
        onChange={(_, data) => props.onChange(data.value as Language)}
      >
        {LANGUAGES.map((language) => (
          <Radio key={language} value={language} label={t(`language.${language}`)} />
        ))}
      </RadioGroup>
    </Field>
  )
}
