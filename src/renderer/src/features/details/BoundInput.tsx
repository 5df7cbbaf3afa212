/**
 * An input bound to one string of the open report. It subscribes only to that string, so typing here re-renders
 * this field alone, and every change goes through store.update (autosave).
 */
import { Field, Input, type FieldProps, type InputProps } from '@fluentui/react-components'
import type { Report } from '../../../../shared/model'
import { useReportSelector, useReportStore } from '../../state/use-report'

export interface BoundInputProps {
  label: string
  /** Reads the value; define it outside the component so it stays the same function. */
  select: (report: Report) => string
  /** Returns the report with the new value. */
  write: (report: Report, value: string) => Report
  type?: InputProps['type']
  hint?: FieldProps['hint']
  required?: boolean
  /** A message under the field (error or warning) with its state. */
  validation?: { state: 'error' | 'warning'; message: string }
  placeholder?: string
  className?: string
}

/** A labelled text/date/time input writing through to the report. */
export function BoundInput({
  label,
  select,
  write,
  type,
  hint,
  required,
  validation,
  placeholder,
  className
}: BoundInputProps) {
  const store = useReportStore()
  const value = useReportSelector(select)
  return (
    <Field
      label={label}
      hint={hint}
      required={required}
      validationState={validation?.state}
      validationMessage={validation?.message}
      className={className}
    >
      <Input
        type={type}
        value={value}
        placeholder={placeholder}
        readOnly={store.readOnly}
        onChange={(_, data) => store.update((report) => write(report, data.value))}
      />
    </Field>
  )
}
