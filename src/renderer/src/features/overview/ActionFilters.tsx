/** Filters of the actions view: by who is responsible and by state. */
import { Field, Select } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { ACTION_STATES } from '../../../../shared/model'
import { NOBODY, type ActionFilter, type StateFilter } from './action-list'

interface ActionFiltersProps {
  filter: ActionFilter
  people: string[]
  onChange: (filter: ActionFilter) => void
}

/** Two selects side by side; the choice lives in the view, not in the report. */
export function ActionFilters({ filter, people, onChange }: ActionFiltersProps) {
  const { t } = useTranslation('overview')
  const { t: tc } = useTranslation()
  return (
    <div className="overview-filters" role="group" aria-label={t('actions.filters')}>
      <Field label={t('actions.filterWho')}>
        <Select value={filter.who} onChange={(_, data) => onChange({ ...filter, who: data.value })}>
          <option value="">{t('actions.everyone')}</option>
          {people.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
          <option value={NOBODY}>{t('actions.nobody')}</option>
        </Select>
      </Field>
      <Field label={t('actions.filterState')}>
        <Select
          value={filter.state}
          onChange={(_, data) => onChange({ ...filter, state: data.value as StateFilter })}
        >
          <option value="all">{t('actions.allStates')}</option>
          <option value="unfinished">{t('actions.unfinished')}</option>
          {ACTION_STATES.map((state) => (
            <option key={state} value={state}>
              {tc(`actionState.${state}`)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  )
}
