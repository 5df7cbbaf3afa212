/**
 * A Fluent Field that checks its text against the model's own limit (read from the zod schema) and shows why it
 * does not fit — aria-invalid on the control, the message beside it, in the UI language. The text stays as typed:
 * the store saves the field's last valid value meanwhile, so nothing typed is lost and nothing else stops saving.
 */
import type { ReactNode } from 'react'
import { Field, type FieldProps } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { textProblem } from '../../../shared/field-rules'

export interface CheckedFieldProps {
  /** The field's schema in the model, e.g. `keyFigureSchema.shape.year`. */
  schema: z.ZodType
  value: string
  /** An error of the form's own (a required legal basis); shown before the length check's. */
  error?: string
  /** A hint that never blocks (a diary number in an unusual form). */
  warning?: string
  label?: FieldProps['label']
  hint?: FieldProps['hint']
  required?: boolean
  className?: string
  children: ReactNode
}

/** The message for a text over its field's cap, or undefined. */
export function useTooLong(schema: z.ZodType, value: string): string | undefined {
  const { t, i18n } = useTranslation('fields')
  const problem = textProblem(schema, value)
  if (!problem) return undefined
  const number = new Intl.NumberFormat(i18n.language)
  return t('tooLong', { length: number.format(problem.length), max: number.format(problem.max) })
}

export function CheckedField({ schema, value, error, warning, children, ...field }: CheckedFieldProps) {
  const tooLong = useTooLong(schema, value)
  const failure = error ?? tooLong
  return (
    <Field
      {...field}
      validationState={failure ? 'error' : warning ? 'warning' : undefined}
      validationMessage={failure ?? warning}
    >
      {children}
    </Field>
  )
}
