/**
 * The form inside a dialog. Enter submits from a text field, as in every Windows dialog, but not from a radio
 * button or a checkbox: there Enter used to submit the dialog while the user was still choosing (issue 10).
 */
import type { KeyboardEvent, ReactNode } from 'react'

/** True for the controls where Enter must not submit: choices, not text. */
function isChoice(target: EventTarget): boolean {
  return target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')
}

export function DialogForm({ onSubmit, children }: { onSubmit: () => void; children: ReactNode }) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit()
      }}
      onKeyDown={(event: KeyboardEvent<HTMLFormElement>) => {
        if (event.key === 'Enter' && isChoice(event.target)) event.preventDefault()
      }}
    >
      {children}
    </form>
  )
}
