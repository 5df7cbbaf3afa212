/** The section's owner: one of the twelve ministries (stored by its code) or free text (a unit, an agency). */
import { useState } from 'react'
import { Combobox, Option } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { MINISTRIES, sectionSchema } from '../../../../shared/model'
import { CheckedField } from '../../components/CheckedField'
import { useChangeSection, useSectionSlice } from './use-section'

export function OwnerField({ sectionId, disabled }: { sectionId: string; disabled: boolean }) {
  const { t } = useTranslation('editor')
  const { t: tc } = useTranslation()
  const { t: tv } = useTranslation('visual')
  const owner = useSectionSlice(sectionId, (s) => s.owner) ?? ''
  const change = useChangeSection(sectionId)
  const label = (code: string) => `${code} – ${tc(`ministry.${code}`)}`
  const display = (value: string) =>
    (MINISTRIES as readonly string[]).includes(value) ? label(value) : value
  const [text, setText] = useState(display(owner))
  // Another view (or undo of a removal) may change the owner: show what the store holds.
  const [shownOwner, setShownOwner] = useState(owner)
  if (shownOwner !== owner) {
    setShownOwner(owner)
    setText(display(owner))
  }

  const commit = (value: string) => {
    const typed = value.trim()
    const code = MINISTRIES.find((m) => typed.toUpperCase() === m || typed === label(m)) ?? typed
    change((s) => (s.owner === code ? s : { ...s, owner: code }))
    setText(display(code))
  }
  const query = text.trim().toLowerCase()
  const matches = MINISTRIES.filter(
    (m) => !query || label(m).toLowerCase().includes(query) || display(owner) === text
  )
  return (
    <CheckedField
      label={t('section.owner')}
      schema={sectionSchema.shape.owner}
      value={text.trim()}
      className="field-owner"
    >
      <Combobox
        freeform
        disabled={disabled}
        value={text}
        selectedOptions={(MINISTRIES as readonly string[]).includes(owner) ? [owner] : []}
        placeholder={t('section.ownerPlaceholder')}
        // Fluent names this button "Open" in English whatever the language: name it in the user's.
        expandIcon={{ 'aria-label': tv('owner.showList') }}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => commit(text)}
        onOptionSelect={(_, data) => data.optionValue && commit(data.optionValue)}
      >
        {matches.map((code) => (
          <Option key={code} value={code} text={label(code)}>
            {label(code)}
          </Option>
        ))}
      </Combobox>
    </CheckedField>
  )
}
