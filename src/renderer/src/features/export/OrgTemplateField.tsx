/**
 * The organisation Word template in the export dialog: pick a .docx, remember it for later exports, or forget it.
 * The renderer holds only the token and the file's name main hands out (issue 9): main keeps the file.
 */
import { useState } from 'react'
import { Button, Field, Text } from '@fluentui/react-components'
import { DismissRegular, DocumentRegular, PinRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { PickedTemplate } from '../../../../shared/contract'
import { api, unwrap } from '../../api'
import { useNotify } from '../../components/notices'
import { useErrorText } from '../../components/error-text'

/** The chosen template as the dialog shows it; undefined when the export uses the app's own layout. */
export type ChosenTemplate = PickedTemplate | undefined

interface Props {
  chosen: ChosenTemplate
  onChange: (chosen: ChosenTemplate) => void
}

export function OrgTemplateField({ chosen, onChange }: Props) {
  const { t } = useTranslation('exportUi')
  const { t: to } = useTranslation('orgTemplate')
  const notify = useNotify()
  const errorText = useErrorText()
  const [busy, setBusy] = useState(false)
  const work = async (call: () => Promise<void>) => {
    setBusy(true)
    try {
      await call()
    } catch (error) {
      notify({ intent: 'error', text: errorText(error) })
    } finally {
      setBusy(false)
    }
  }
  const pick = () =>
    work(async () => {
      const picked = await unwrap(api.export.pickTemplate({}))
      if (picked) onChange(picked)
    })
  const remember = (token: string) =>
    work(async () => onChange(await unwrap(api.export.rememberTemplate({ token }))))
  const forget = () =>
    work(async () => {
      await unwrap(api.export.forgetTemplate({}))
      onChange(undefined)
      notify({ intent: 'success', text: to('forgotten') })
    })

  return (
    <Field label={t('organisationTemplate')} hint={t('organisationTemplateHint', { example: '{{body}}' })}>
      <div className="export-template">
        {chosen ? (
          <>
            <DocumentRegular aria-hidden />
            <Text className="export-template-name">
              {chosen.name}
              {chosen.remembered ? ` (${to('remembered')})` : ''}
            </Text>
            {chosen.remembered ? (
              <Button
                appearance="subtle"
                size="small"
                icon={<DismissRegular />}
                disabled={busy}
                onClick={() => void forget()}
              >
                {to('forget')}
              </Button>
            ) : (
              <>
                <Button
                  size="small"
                  icon={<PinRegular />}
                  disabled={busy}
                  onClick={() => void remember(chosen.token)}
                >
                  {to('remember')}
                </Button>
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<DismissRegular />}
                  onClick={() => onChange(undefined)}
                >
                  {t('removeTemplate')}
                </Button>
              </>
            )}
          </>
        ) : (
          <Button size="small" disabled={busy} onClick={() => void pick()}>
            {t('pickTemplate')}
          </Button>
        )}
      </div>
    </Field>
  )
}
