/** Settings → Spelling: checking on or off (on by default). The editors follow as soon as main has stored it. */
import { useState } from 'react'
import { Field, Switch } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { useNotify } from '../../components/notices'
import { useErrorText } from '../../components/error-text'
import { setSpellCheckEnabled, useSpellCheckEnabled } from '../editor/spell/spell-preference'

export function SpellCheckSetting() {
  const { t } = useTranslation('spell')
  const notify = useNotify()
  const errorText = useErrorText()
  const stored = useSpellCheckEnabled()
  // The switch moves at once; it moves back if main could not store the choice.
  const [pending, setPending] = useState<boolean | null>(null)

  const change = (value: boolean) => {
    setPending(value)
    setSpellCheckEnabled(value)
      .catch((error: unknown) =>
        notify({ intent: 'error', text: t('settings.notSaved', { reason: errorText(error) }) })
      )
      .finally(() => setPending(null))
  }

  return (
    <section aria-labelledby="settings-spelling">
      <h2 id="settings-spelling" className="settings-subtitle">
        {t('settings.heading')}
      </h2>
      <Field hint={t('settings.hint')}>
        <Switch
          checked={pending ?? stored}
          label={t('settings.toggle')}
          onChange={(_, data) => change(data.checked)}
        />
      </Field>
    </section>
  )
}
