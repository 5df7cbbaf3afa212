/** Above the list: search, filters by state and year, and the library's commands. */
import type { RefObject } from 'react'
import { Button, Field, SearchBox, Select } from '@fluentui/react-components'
import { AddRegular, ArrowImportRegular, DeleteRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { REPORT_STATES } from '../../../../shared/vocabulary'
import type { LibraryQuery } from './library-filter'

interface Props {
  searchRef: RefObject<HTMLInputElement | null>
  searchText: string
  onSearch(text: string): void
  query: LibraryQuery
  years: readonly string[]
  onQuery(patch: Partial<LibraryQuery>): void
  onCreate(): void
  onImport(): void
  onTrash(): void
}

export function LibraryToolbar(props: Props) {
  const { searchRef, searchText, onSearch, query, years, onQuery } = props
  const { t } = useTranslation('library')
  return (
    <div className="library-toolbar">
      <div className="library-commands" role="toolbar" aria-label={t('toolbar.label')}>
        <Button appearance="primary" icon={<AddRegular />} onClick={props.onCreate}>
          {t('toolbar.create')}
        </Button>
        <Button icon={<ArrowImportRegular />} onClick={props.onImport}>
          {t('toolbar.import')}
        </Button>
        <Button icon={<DeleteRegular />} onClick={props.onTrash}>
          {t('toolbar.trash')}
        </Button>
      </div>
      <div className="library-filters" role="search">
        <Field label={t('search.label')} size="small" className="library-search">
          <SearchBox
            ref={searchRef}
            size="small"
            value={searchText}
            placeholder={t('search.placeholder')}
            onChange={(_, data) => onSearch(data.value)}
          />
        </Field>
        <Field label={t('filter.state')} size="small">
          <Select
            size="small"
            value={query.state}
            onChange={(_, data) => onQuery({ state: data.value as LibraryQuery['state'] })}
          >
            <option value="all">{t('filter.allStates')}</option>
            {REPORT_STATES.map((state) => (
              <option key={state} value={state}>
                {t(`common:state.${state}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('filter.year')} size="small">
          <Select size="small" value={query.year} onChange={(_, data) => onQuery({ year: data.value })}>
            <option value="all">{t('filter.allYears')}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </div>
  )
}
