/** Confirms deleting a user template; reports made from it keep their sections (they hold their own copy). */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger
} from '@fluentui/react-components'
import { DeleteRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'

export function DeleteTemplateDialog(props: { name: string; disabled: boolean; onConfirm: () => void }) {
  const { t } = useTranslation('templatesUi')
  const { t: tc } = useTranslation()
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<DeleteRegular />} disabled={props.disabled}>
          {t('delete')}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('deleteDialog.title', { name: props.name })}</DialogTitle>
          <DialogContent>{t('deleteDialog.body')}</DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary" onClick={props.onConfirm}>
                {t('deleteDialog.confirm')}
              </Button>
            </DialogTrigger>
            <DialogTrigger disableButtonEnhancement>
              <Button>{tc('cancel')}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
