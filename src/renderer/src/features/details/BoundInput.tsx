/**
 * An input bound to one string of the open report. It subscribes only to that string, so typing here re-renders
 * this field alone, and every change goes through store.update (autosave). Its limit comes from the model's schema:
 * a longer text stays on screen with its error while the rest of the report keeps saving.
 */
import { Input, type FieldProps } from '@fluentui/react-components'
import type { z } from 'zod'
import type { Report } from '../../../../shared/model'
import { CheckedField } from '../../components/CheckedField'
import { useReportSelector, useReportStore } from '../../state/use-report'
import { SpellCheckedText } from '../editor/spell/SpellCheckedText'

export interface BoundInputProps {
  label: string
  /** The field's schema in the model (e.g. `reportSchema.shape.title`): its limits are the input's. */
  schema: z.ZodType
  /** Reads the value; define it outside the component so it stays the same function. */
  select: (report: Report) => string
  /** Returns the report with the new value. */
  write: (report: Report, value: string) => Report
  hint?: FieldProps['hint']
  required?: boolean
  /** A message of the form's own under the field (error or warning) with its state. */
  validation?: { state: 'error' | 'warning'; message: string }
  placeholder?: string
  className?: string
  /** Prose in the report's language (a title, not a name or a number): misspellings are underlined. */
  checkSpelling?: boolean
}

/** A labelled text input writing through to the report. */
export function BoundInput({
  label,
  schema,
  select,
  write,
  hint,
  required,
  validation,
  placeholder,
  className,
  checkSpelling
}: BoundInputProps) {
  const store = useReportStore()
  const value = useReportSelector(select)
  const input = (
    <Input
      value={value}
      placeholder={placeholder}
      readOnly={store.readOnly}
      onChange={(_, data) => store.update((report) => write(report, data.value))}
    />
  )
  return (
    <CheckedField
      label={label}
      hint={hint}
      required={required}
      schema={schema}
      value={value}
      error={validation?.state === 'error' ? validation.message : undefined}
      warning={validation?.state === 'warning' ? validation.message : undefined}
      className={className}
    >
      {checkSpelling ? <SpellCheckedText value={value}>{input}</SpellCheckedText> : input}
    </CheckedField>
  )
}
