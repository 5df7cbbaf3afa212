/** Settings: the UI language (remembered) and where the data lives. */
import { useEffect, useState } from 'react'
import { Field, Radio, RadioGroup, Text, Title2 } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from '../../../../shared/model'
import type { AppInfo } from '../../../../shared/contract'
import { api, unwrap } from '../../api'
import { setUiLanguage } from '../../i18n'
import { useNotify } from '../../components/notices'
import { useErrorText } from '../../components/error-text'
import { SpellCheckSetting } from './SpellCheckSetting'

/** Names of the languages in themselves, so a user can find their own in any UI language. */
const NATIVE_NAMES: Record<Language, string> = { fi: 'suomi', sv: 'svenska', en: 'English' }

export function SettingsView() {
  const { t, i18n } = useTranslation('settings')
  const notify = useNotify()
  const errorText = useErrorText()
  const [info, setInfo] = useState<AppInfo | null>(null)
  // The choice shows at once; the language follows when the setting is stored.
  const [selected, setSelected] = useState(i18n.language)
  useEffect(() => {
    void api.app.info({}).then((result) => result.ok && setInfo(result.value))
  }, [])

  const choose = async (language: Language) => {
    const previous = selected
    setSelected(language)
    try {
      await unwrap(api.settings.update({ uiLanguage: language }))
      await setUiLanguage(language)
    } catch (error) {
      setSelected(previous)
      notify({ intent: 'error', text: errorText(error) })
    }
  }

  return (
    <main className="page settings-page" aria-labelledby="settings-title">
      <Title2 as="h1" id="settings-title">
        {t('title')}
      </Title2>
      <Field label={t('uiLanguage')} hint={t('uiLanguageHint')}>
        <RadioGroup value={selected} onChange={(_, data) => void choose(data.value as Language)}>
          {LANGUAGES.map((language) => (
            <Radio key={language} value={language} label={NATIVE_NAMES[language]} lang={language} />
          ))}
        </RadioGroup>
      </Field>
      <SpellCheckSetting />
      {info && (
        <section aria-labelledby="settings-data">
          <h2 id="settings-data" className="settings-subtitle">
            {t('dataFolder')}
          </h2>
          <Text as="p" className="settings-path">
            {info.dataDir}
          </Text>
          <Text as="p">{t('offline')}</Text>
          {info.readOnly && <Text as="p">{t(`readOnlyReason.${info.readOnlyReason ?? 'locked'}`)}</Text>}
          <Text as="p" size={200}>
            {t('version', { version: info.version })}
          </Text>
        </section>
      )}
    </main>
  )
}
