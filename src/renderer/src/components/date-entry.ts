/**
 * What a date or time field writes into the report as the user types. A date the parser reads is stored as ISO at
 * once (so it is saved); anything else is kept as typed, so the screen still shows it with its error — the store
 * saves the field's last valid date meanwhile (state/keep-valid.ts), and the model refuses the typed text.
 */
import { parseDateInput, parseTimeInput } from '../../../shared/dates'

/** The value a date field puts in the report for `typed`: ISO when it is a date in range, else the typed text. */
export function enteredDate(typed: string, language: string): string {
  const parsed = parseDateInput(typed, language)
  return parsed.ok ? parsed.value : typed
}

/** The value a time field puts in the report for `typed`: `HH:MM` when it is a time, else the typed text. */
export function enteredTime(typed: string): string {
  const parsed = parseTimeInput(typed)
  return parsed.ok ? parsed.value : typed
}
