/** Follow-up actions of the section: what, who, due date, state. Ctrl+Shift+A adds one and focuses "what". */
import { Button, Input, Select } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import {
  ACTION_STATES,
  actionSchema,
  type Action,
  type ActionState,
  type Section
} from '../../../../shared/model'
import { CheckedField } from '../../components/CheckedField'
import { DateInput } from '../../components/DateInput'
import { addRow, blankAction, changeRow, removeRow } from './row-ops'
import { useChangeSection, useSectionSlice } from './use-section'
import { addThenFocus, focusIfJustAdded } from './focus'
import { RemoveButton } from './RemoveButton'
import { SpellCheckedText } from './spell/SpellCheckedText'

const NONE: Action[] = []

/** Adds an open action to the section and focuses its "what" field. */
export function addAction(change: (fn: (s: Section) => Section) => void): void {
  const action = blankAction()
  addThenFocus(() => change((s) => addRow(s, 'actions', action)), `action-what-${action.id}`)
}

export function Actions({ sectionId, disabled }: { sectionId: string; disabled: boolean }) {
  const { t } = useTranslation('editor')
  const { t: tc } = useTranslation()
  const actions = useSectionSlice(sectionId, (s) => s.actions) ?? NONE
  const change = useChangeSection(sectionId)
  const set = (id: string, patch: Partial<Action>) => change((s) => changeRow(s, 'actions', id, patch))
  const remove = (id: string) => change((s) => removeRow(s, 'actions', id))
  const open = actions.filter((a) => a.state !== 'done').length
  return (
    <section className="section-part" aria-labelledby="actions-heading">
      <h3 id="actions-heading" className="subheading">
        {t('actions.heading')}{' '}
        <span className="subheading-count">{t('actions.openCount', { count: open })}</span>
      </h3>
      {actions.length > 0 && (
        <table className="actions-table">
          <thead>
            <tr>
              <th scope="col" className="col-what">
                {t('actions.what')}
              </th>
              <th scope="col" className="col-who">
                {t('actions.who')}
              </th>
              <th scope="col" className="col-due">
                {t('actions.due')}
              </th>
              <th scope="col" className="col-state">
                {t('actions.state')}
              </th>
              <th scope="col" className="col-remove">
                <span className="visually-hidden">{t('remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action, index) => {
              const label = (column: string) =>
                t('actions.cellLabel', { column: t(`actions.${column}`), row: index + 1 })
              return (
                <tr key={action.id}>
                  <td>
                    <CheckedField schema={actionSchema.shape.what} value={action.what}>
                      <SpellCheckedText value={action.what}>
                        <Input
                          id={`action-what-${action.id}`}
                          ref={focusIfJustAdded(`action-what-${action.id}`)}
                          size="small"
                          appearance="underline"
                          disabled={disabled}
                          aria-label={label('what')}
                          value={action.what}
                          onChange={(_, data) => set(action.id, { what: data.value })}
                        />
                      </SpellCheckedText>
                    </CheckedField>
                  </td>
                  <td>
                    <CheckedField schema={actionSchema.shape.who} value={action.who}>
                      <Input
                        size="small"
                        appearance="underline"
                        disabled={disabled}
                        aria-label={label('who')}
                        value={action.who}
                        onChange={(_, data) => set(action.id, { who: data.value })}
                      />
                    </CheckedField>
                  </td>
                  <td>
                    <DateInput
                      kind="date"
                      exampleAs="placeholder"
                      size="small"
                      appearance="underline"
                      disabled={disabled}
                      aria-label={label('due')}
                      value={action.due}
                      onChange={(due) => set(action.id, { due })}
                    />
                  </td>
                  <td>
                    <Select
                      size="small"
                      appearance="underline"
                      disabled={disabled}
                      aria-label={label('state')}
                      value={action.state}
                      onChange={(_, data) => set(action.id, { state: data.value as ActionState })}
                    >
                      {ACTION_STATES.map((state) => (
                        <option key={state} value={state}>
                          {tc(`actionState.${state}`)}
                        </option>
                      ))}
                    </Select>
                  </td>
                  <td>
                    <RemoveButton
                      size="small"
                      label={t('actions.remove', { number: index + 1 })}
                      disabled={disabled}
                      onClick={() => remove(action.id)}
                    />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <Button size="small" icon={<AddRegular />} disabled={disabled} onClick={() => addAction(change)}>
        {t('actions.add')}
      </Button>
    </section>
  )
}
