/**
 * A modal dialog around a form: title, fields, and its buttons (the primary one first, as in every dialog here).
 * One frame for all of them, so each gets the same rules: Enter submits from a text field but not from a radio
 * button or a checkbox (DialogForm), Escape and the close button dismiss, and the focus goes back to where it was
 * when the dialog closes (useReturnFocus).
 */
import type { ComponentProps, ReactNode } from 'react'
import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle
} from '@fluentui/react-components'
import { DialogForm } from './DialogForm'
import { useReturnFocus } from './return-focus'

interface FormDialogProps {
  open: boolean
  title: ReactNode
  /** Enter in a text field or the submit button; the browser's own submit is already prevented. */
  onSubmit(): void
  /** Escape, or a click outside. */
  onDismiss(): void
  /** The buttons, primary (type="submit") first. */
  actions: ReactNode
  children: ReactNode
  contentClassName?: string
  /** The id of the text describing the dialog; none by default (the title says it). */
  describedBy?: string
  /** False when the caller returns the focus itself (an action that goes on after the dialog closes). */
  returnFocus?: boolean
  surfaceMotion?: ComponentProps<typeof Dialog>['surfaceMotion']
}

export function FormDialog(props: FormDialogProps) {
  const { open, title, onSubmit, onDismiss, actions, children, returnFocus = true } = props
  useReturnFocus(returnFocus && open)
  return (
    <Dialog
      open={open}
      modalType="modal"
      onOpenChange={(_, data) => !data.open && onDismiss()}
      surfaceMotion={props.surfaceMotion}
    >
      <DialogSurface aria-describedby={props.describedBy}>
        <DialogForm onSubmit={onSubmit}>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={props.contentClassName}>{children}</DialogContent>
            <DialogActions>{actions}</DialogActions>
          </DialogBody>
        </DialogForm>
      </DialogSurface>
    </Dialog>
  )
}
