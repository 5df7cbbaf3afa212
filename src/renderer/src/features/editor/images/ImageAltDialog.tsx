/**
 * Asks for an image's alt text when it is added (and on Alt+Enter or its "alt text missing" note): a short
 * description, or "decorative" ticked. "Later" leaves the image marked; export and marking the report final list it.
 */
import { useState, type FormEvent } from 'react'
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea
} from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
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

  const save = (event: FormEvent) => {
    event.preventDefault()
    if (!decorative && alt.trim() === '') {
      setError(t('alt.required'))
      return
    }
    onSave({ alt: decorative ? '' : alt.trim(), decorative })
  }

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onLater()}>
      <DialogSurface aria-describedby="image-alt-intro">
        <form onSubmit={save}>
          <DialogBody>
            <DialogTitle>{t('alt.title')}</DialogTitle>
            <DialogContent className="image-alt-dialog">
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
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit">
                {t('alt.save')}
              </Button>
              <Button onClick={onLater}>{t('alt.later')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  )
}
