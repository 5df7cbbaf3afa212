/**
 * Asks for an image's alt text when it is added (and on Alt+Enter or its "alt text missing" note): a short
 * description, or "decorative" ticked. "Later" leaves the image marked; export and marking the report final list it.
 */
import { useState } from 'react'
import { Button, Checkbox, Field, Textarea } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { FormDialog } from '../../../components/FormDialog'
import { assetUrl } from './asset-url'

export interface AltTextChoice {
  alt: string
  decorative: boolean
}

export interface ImageAltDialogProps {
  asset: string
  initial: AltTextChoice
  onSave: (choice: AltTextChoice) => void
  onLater: () => void
}

export function ImageAltDialog({ asset, initial, onSave, onLater }: ImageAltDialogProps) {
  const { t } = useTranslation('images')
  const [alt, setAlt] = useState(initial.alt)
  const [decorative, setDecorative] = useState(initial.decorative)
  const [error, setError] = useState('')

  const save = () => {
    if (!decorative && alt.trim() === '') {
      setError(t('alt.required'))
      return
    }
    onSave({ alt: decorative ? '' : alt.trim(), decorative })
  }

  return (
    <FormDialog
      open
      title={t('alt.title')}
      describedBy="image-alt-intro"
      contentClassName="image-alt-dialog"
      onSubmit={save}
      onDismiss={onLater}
      actions={
        <>
          <Button appearance="primary" type="submit">
            {t('alt.save')}
          </Button>
          <Button onClick={onLater}>{t('alt.later')}</Button>
        </>
      }
    >
      <p id="image-alt-intro">{t('alt.intro')}</p>
      {assetUrl(asset) && <img className="image-alt-preview" src={assetUrl(asset)} alt="" />}
      <Field
        label={t('alt.label')}
        hint={t('alt.hint')}
        validationState={error ? 'error' : 'none'}
        validationMessage={error || undefined}
      >
        <Textarea
          autoFocus
          value={alt}
          disabled={decorative}
          maxLength={2000}
          onChange={(_, data) => {
            setAlt(data.value)
            setError('')
          }}
        />
      </Field>
      <Checkbox
        checked={decorative}
        label={t('alt.decorative')}
        onChange={(_, data) => {
          setDecorative(data.checked === true)
          setError('')
        }}
      />
    </FormDialog>
  )
}
