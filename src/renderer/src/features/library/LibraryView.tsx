/**
 * The first screen: every report as a sortable, filterable, searchable table, with create, import, trash and the
 * first-run empty state. Data and commands live in hooks beside this file; this component only composes them.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { Button, Spinner, Text, Title2 } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { ReportSummary } from '../../../../shared/model'
import { CreateReportDialog } from './CreateReportDialog'
import { EmptyLibrary } from './EmptyLibrary'
import { LibraryToolbar } from './LibraryToolbar'
import { RecentReports } from './RecentReports'
import { RenameDialog } from './RenameDialog'
import { ReportTable, type ReportActions } from './ReportTable'
import { TrashDialog } from './TrashDialog'
import { DEFAULT_QUERY, meetingYears, selectReports, type LibraryQuery, type SortKey } from './library-filter'
import { useLibrary } from './use-library'
import { useLibraryActions } from './use-library-actions'
import { useLibraryProblems } from './use-library-problems'
import { useOpenFromLibrary } from './use-open-from-library'
import { useSearch } from './use-search'
import { OpenRequestButton } from '../contributions/ContributionOpener'
import { refreshContributionMarks } from '../contributions/contribution-marks'
import './library.css'

/** Rows mounted at first; "show more" adds this many again. Keeps 1 000 reports instant without virtualising. */
export const PAGE_SIZE = 200

export function LibraryView({ intent }: { intent?: 'create' | 'import' } = {}) {
  const { t } = useTranslation('library')
  const { reports, problems, recentIds, reload } = useLibrary()
  const actions = useLibraryActions(reload)
  const open = useOpenFromLibrary()
  useLibraryProblems(problems, reload)
  useEffect(refreshContributionMarks, [reports])

  const [query, setQuery] = useState<LibraryQuery>(DEFAULT_QUERY)
  const [searchText, setSearchText] = useState('')
  const matches = useSearch(searchText, reports)
  const [limit, setLimit] = useState(PAGE_SIZE)
  const [creating, setCreating] = useState(intent === 'create')
  const [renaming, setRenaming] = useState<ReportSummary | null>(null)
  const [trashOpen, setTrashOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const searchRef = useRef<HTMLInputElement>(null)

  const importFile = actions.importFile
  useEffect(() => {
    // The menu's "Import" lands here: open the picker once.
    if (intent === 'import') void importFile()
  }, [intent, importFile])

  useEffect(() => {
    // Ctrl+F searches the library, as in Office (and instead of the browser's find-in-page).
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault()
        searchRef.current?.focus()
        searchRef.current?.select()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const all = useMemo(() => reports ?? [], [reports])
  const byId = useMemo(() => new Map(all.map((report) => [report.id, report])), [all])
  const years = useMemo(() => meetingYears(all), [all])
  const effective = useDeferredValue(useMemo(() => ({ ...query, matches }), [query, matches]))
  const shown = useMemo(() => selectReports(all, effective), [all, effective])

  const changeQuery = useCallback((patch: Partial<LibraryQuery>) => {
    setQuery((current) => ({ ...current, ...patch }))
    setLimit(PAGE_SIZE)
  }, [])
  const sort = useCallback((key: SortKey) => {
    setQuery((current) => ({
      ...current,
      sortKey: key,
      sortDirection:
        current.sortKey === key
          ? current.sortDirection === 'ascending'
            ? 'descending'
            : 'ascending'
          : key === 'title'
            ? 'ascending'
            : 'descending'
    }))
  }, [])
  const rowActions = useMemo<ReportActions>(
    () => ({
      open,
      duplicate: (report) => void actions.duplicate(report),
      rename: setRenaming,
      remove: (report) => void actions.remove(report)
    }),
    [open, actions]
  )
  const openExample = async () => {
    setBusy(true)
    const id = await actions.importExample()
    setBusy(false)
    if (id) open(id)
  }

  const filtered = query.state !== 'all' || query.year !== 'all' || matches !== null
  return (
    <main className="page library-page" aria-labelledby="library-title">
      <Title2 as="h1" id="library-title">
        {t('title')}
      </Title2>
      <OpenRequestButton />
      {reports === null ? (
        <Spinner className="page-spinner" label={t('common:loading')} />
      ) : reports.length === 0 ? (
        <EmptyLibrary
          onCreate={() => setCreating(true)}
          onExample={() => void openExample()}
          onTrash={() => setTrashOpen(true)}
          busy={busy}
        />
      ) : (
        <>
          <LibraryToolbar
            searchRef={searchRef}
            searchText={searchText}
            onSearch={(text) => {
              setSearchText(text)
              setLimit(PAGE_SIZE)
            }}
            query={query}
            years={years}
            onQuery={changeQuery}
            onCreate={() => setCreating(true)}
            onImport={() => void actions.importFile()}
            onTrash={() => setTrashOpen(true)}
          />
          {!filtered && <RecentReports recentIds={recentIds} byId={byId} onOpen={open} />}
          <Text as="p" className="library-count" role="status">
            {filtered
              ? t('count.filtered', { shown: shown.length, total: all.length })
              : t('count.all', { count: all.length })}
          </Text>
          {shown.length > 0 && (
            <ReportTable
              reports={shown.slice(0, limit)}
              sortKey={query.sortKey}
              sortDirection={query.sortDirection}
              onSort={sort}
              actions={rowActions}
            />
          )}
          {shown.length > limit && (
            <Button className="library-more" onClick={() => setLimit((current) => current + PAGE_SIZE)}>
              {t('showMore', {
                count: Math.min(PAGE_SIZE, shown.length - limit),
                remaining: shown.length - limit
              })}
            </Button>
          )}
        </>
      )}
      <CreateReportDialog open={creating} reports={all} onClose={() => setCreating(false)} onCreated={open} />
      <RenameDialog
        report={renaming}
        onClose={() => setRenaming(null)}
        onRename={(report, title) =>
          void actions.rename(report, title).then((done) => done && setRenaming(null))
        }
      />
      <TrashDialog open={trashOpen} onClose={() => setTrashOpen(false)} onRestored={() => void reload()} />
    </main>
  )
}
