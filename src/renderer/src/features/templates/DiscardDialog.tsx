/** Asks before unsaved template edits are thrown away by opening another template. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle
} from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { useReturnFocus } from '../../components/return-focus'

export function DiscardDialog(props: { open: boolean; onDiscard: () => void; onKeep: () => void }) {
  const { t } = useTranslation('templatesUi')
  useReturnFocus(props.open)
  return (
    <Dialog open={props.open} onOpenChange={(_, data) => !data.open && props.onKeep()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('discardDialog.title')}</DialogTitle>
          <DialogContent>{t('discardDialog.body')}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onKeep}>
              {t('discardDialog.keep')}
            </Button>
            <Button onClick={props.onDiscard}>{t('discardDialog.discard')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
