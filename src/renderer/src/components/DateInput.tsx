/**
 * A date or time typed as text — `14.1.2027`, `14.1.27`, `14012027`, `2027-01-14`; `16.30`, `1630` — read by the one
 * parser in shared/dates.ts, never by the browser's locale data (no `<input type=date>`). While focused it shows
 * what is typed; otherwise the stored value in the UI language's convention, or the refused text with its error.
 *
 * The typed text reaches the report when the user leaves the field (Tab, Enter, another field, the window losing
 * focus, the view closing): half-typed dates (`14.1.21` on the way to `14.1.2150`) are never saved as if meant, so
 * a refused date leaves the date from before the edit saved — which is what its message promises.
 */
import { useEffect, useRef, useState } from 'react'
import { Field, Input, type InputProps } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import {
  formatDate,
  formatTime,
  inDateRange,
  isIsoDate,
  parseDateInput,
  parseTimeInput,
  type DateProblem
} from '../../../shared/dates'
import { enteredDate, enteredTime } from './date-entry'

export interface DateInputProps {
  kind: 'date' | 'time'
  /** The report's value: ISO (`2027-01-14`, `16:30`), '' or text that is no date yet. */
  value: string
  /** Gets what the report should hold: ISO when the text is a date in range, else the text as typed. */
  onChange: (value: string) => void
  label?: string
  'aria-label'?: string
  /** In a form the example goes under the field; in a table row, where there is no room, inside it. */
  exampleAs?: 'hint' | 'placeholder'
  id?: string
  size?: InputProps['size']
  appearance?: InputProps['appearance']
  disabled?: boolean
  readOnly?: boolean
  className?: string
}

function shownValue(kind: 'date' | 'time', value: string, language: string): string {
  if (kind === 'date') return isIsoDate(value) ? formatDate(value, language) : value
  return formatTime(value, language) || value
}

/** Why the stored value is no date (time) a field accepts, or undefined. */
function entryProblem(kind: 'date' | 'time', value: string, language: string): DateProblem | undefined {
  if (value === '') return undefined
  if (kind === 'time') {
    const parsed = parseTimeInput(value)
    return parsed.ok ? undefined : parsed.problem
  }
  if (isIsoDate(value)) return inDateRange(value) ? undefined : 'out_of_range'
  const parsed = parseDateInput(value, language)
  return parsed.ok ? undefined : parsed.problem
}

export function DateInput({
  kind,
  value,
  onChange,
  label,
  exampleAs = 'hint',
  className,
  ...input
}: DateInputProps) {
  const { t, i18n } = useTranslation('fields')
  const [typing, setTyping] = useState<string | undefined>(undefined)
  const shown = shownValue(kind, value, i18n.language)
  const commit = (text: string | undefined) => {
    if (text === undefined || text === shown) return
    onChange(kind === 'date' ? enteredDate(text, i18n.language) : enteredTime(text))
  }
  // A view that closes while the field has focus fires no blur: its text is committed on the way out.
  const pending = useRef<() => void>(() => undefined)
  useEffect(() => {
    pending.current = () => commit(typing)
  })
  useEffect(() => () => pending.current(), [])
  // The error waits until the user leaves the field: half a date is not a mistake yet.
  const problem = typing === undefined ? entryProblem(kind, value, i18n.language) : undefined
  const example = t(`${kind}.hint`)
  return (
    <Field
      label={label}
      hint={exampleAs === 'hint' ? example : undefined}
      className={className}
      validationState={problem ? 'error' : undefined}
      validationMessage={problem ? t(`${kind}.${problem}`) : undefined}
    >
      <Input
        {...input}
        inputMode={kind === 'time' ? 'decimal' : 'text'}
        autoComplete="off"
        placeholder={exampleAs === 'placeholder' ? example : undefined}
        value={typing ?? shown}
        onFocus={() => setTyping(shown)}
        onBlur={() => {
          commit(typing)
          setTyping(undefined)
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return
          commit(typing)
          setTyping(undefined)
        }}
        onChange={(_, data) => setTyping(data.value)}
      />
    </Field>
  )
}
