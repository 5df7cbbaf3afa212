/** Decisions recorded for the section: a list of texts. Ctrl+Shift+D adds one and puts the cursor in it. */
import { Button, Textarea } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { decisionSchema, type Decision, type Section } from '../../../../shared/model'
import { CheckedField } from '../../components/CheckedField'
import { addRow, blankDecision, changeRow, removeRow } from './row-ops'
import { useChangeSection, useSectionSlice } from './use-section'
import { addThenFocus, focusIfJustAdded } from './focus'
import { RemoveButton } from './RemoveButton'
import { SpellCheckedText } from './spell/SpellCheckedText'

const NONE: Decision[] = []

/** Adds an empty decision to the section and focuses its field. */
export function addDecision(change: (fn: (s: Section) => Section) => void): void {
  const decision = blankDecision()
  addThenFocus(() => change((s) => addRow(s, 'decisions', decision)), `decision-${decision.id}`)
}

export function Decisions({ sectionId, disabled }: { sectionId: string; disabled: boolean }) {
  const { t } = useTranslation('editor')
  const decisions = useSectionSlice(sectionId, (s) => s.decisions) ?? NONE
  const change = useChangeSection(sectionId)
  const setText = (id: string, text: string) => change((s) => changeRow(s, 'decisions', id, { text }))
  const remove = (id: string) => change((s) => removeRow(s, 'decisions', id))
  return (
    <section className="section-part" aria-labelledby="decisions-heading">
      <h3 id="decisions-heading" className="subheading">
        {t('decisions.heading')}
      </h3>
      {decisions.length > 0 && (
        <ol className="decision-list">
          {decisions.map((decision, index) => (
            <li key={decision.id} className="decision-row">
              <CheckedField
                schema={decisionSchema.shape.text}
                value={decision.text}
                className="decision-text"
              >
                <SpellCheckedText value={decision.text}>
                  <Textarea
                    id={`decision-${decision.id}`}
                    ref={focusIfJustAdded(`decision-${decision.id}`)}
                    resize="vertical"
                    rows={2}
                    disabled={disabled}
                    aria-label={t('decisions.itemLabel', { number: index + 1 })}
                    value={decision.text}
                    onChange={(_, data) => setText(decision.id, data.value)}
                  />
                </SpellCheckedText>
              </CheckedField>
              <RemoveButton
                label={t('decisions.remove', { number: index + 1 })}
                disabled={disabled}
                onClick={() => remove(decision.id)}
              />
            </li>
          ))}
        </ol>
      )}
      <Button size="small" icon={<AddRegular />} disabled={disabled} onClick={() => addDecision(change)}>
        {t('decisions.add')}
      </Button>
    </section>
  )
}
