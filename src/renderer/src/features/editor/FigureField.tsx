/**
 * One key-figure field that shows its whole text, as a Word table cell does: it wraps inside its column and grows
 * in height with what is typed (CSS field-sizing), so nothing is cut and nothing is left to a hover tooltip. A key
 * figure's value is one line in Word, so Enter adds no line break and pasted line breaks become spaces.
 */
import { Textarea } from '@fluentui/react-components'
import type { KeyboardEvent } from 'react'

export interface FigureFieldProps {
  id: string
  label: string
  value: string
  disabled: boolean
  onChange: (value: string) => void
  fieldRef?: (element: HTMLElement | null) => void
}

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ')

export function FigureField({ id, label, value, disabled, onChange, fieldRef }: FigureFieldProps) {
  const noLineBreak = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) event.preventDefault()
  }
  return (
    <Textarea
      id={id}
      ref={fieldRef}
      className="figure-field"
      size="small"
      resize="none"
      rows={1}
      disabled={disabled}
      aria-label={label}
      value={value}
      onKeyDown={noLineBreak}
      onChange={(_, data) => onChange(oneLine(data.value))}
    />
  )
}
