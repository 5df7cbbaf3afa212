/**
 * Ctrl+F inside a report: a find bar under the tabs. Enter / F3 go to the next match, Shift+Enter / Shift+F3 to
 * the previous; the matching section opens with every occurrence painted and the current one marked; "n / m" says
 * where you are. Escape closes it and the focus goes back where it was (useReturnFocus).
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { Button, SearchBox, Text, Tooltip } from '@fluentui/react-components'
import { ArrowDownRegular, ArrowUpRegular, DismissRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { ReportTab } from '../../state/navigation'
import { useReportSelector } from '../../state/use-report'
import { useReturnFocus } from '../../components/return-focus'
import { findMatches, stepMatch } from './find-matches'
import { clearHighlights, paintMatches } from './highlight'
import './find.css'

interface Props {
  /** The view and section shown now, to paint once the match's section is on screen. */
  tab: ReportTab
  sectionId?: string
  selectTab: (tab: ReportTab, sectionId?: string) => void
}

export function FindInReport({ tab, sectionId, selectTab }: Props) {
  const [open, setOpen] = useState(false)
  const [request, setRequest] = useState(0)
  useReturnFocus(open)
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault()
        setOpen(true)
        setRequest((n) => n + 1)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  if (!open) return null
  return (
    <FindBar
      tab={tab}
      sectionId={sectionId}
      selectTab={selectTab}
      request={request}
      onClose={() => setOpen(false)}
    />
  )
}

function FindBar({
  tab,
  sectionId,
  selectTab,
  request,
  onClose
}: Props & { request: number; onClose: () => void }) {
  const { t } = useTranslation('keyboard')
  const sections = useReportSelector((report) => report.sections)
  const [query, setQuery] = useState('')
  const [index, setIndex] = useState(-1)
  const input = useRef<HTMLInputElement>(null)
  const matches = useMemo(() => findMatches(sections, query), [sections, query])
  const current = index >= 0 && index < matches.length ? matches[index] : undefined

  useEffect(() => {
    // Each Ctrl+F (also while open) puts the focus in the box with its text selected, as in Office.
    input.current?.focus()
    input.current?.select()
  }, [request])
  useEffect(() => () => clearHighlights(document), [])
  useEffect(() => {
    if (!current) {
      clearHighlights(document)
      return
    }
    if (tab !== 'sections' || current.sectionId !== sectionId) {
      selectTab('sections', current.sectionId)
      return
    }
    const nth = matches.slice(0, index).filter((m) => m.sectionId === current.sectionId).length
    // The section's fields render in this commit; the notes' text a frame later at most.
    const frame = requestAnimationFrame(() => paintMatches(document, query, nth))
    return () => cancelAnimationFrame(frame)
  }, [current, tab, sectionId, matches, index, query, selectTab])

  const go = (step: 1 | -1) => setIndex((at) => stepMatch(at, step, matches.length))
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onClose()
    } else if (event.key === 'Enter' || event.key === 'F3') {
      event.preventDefault()
      go(event.shiftKey ? -1 : 1)
    }
  }
  const count = !query.trim()
    ? ''
    : matches.length === 0
      ? t('find.none')
      : t('find.count', {
          current: index >= 0 ? index + 1 : 0,
          total: matches.length
        })
  return (
    <div className="find-bar" role="search" aria-label={t('find.label')} onKeyDown={onKeyDown}>
      <SearchBox
        ref={input}
        className="find-input"
        size="small"
        aria-label={t('find.label')}
        placeholder={t('find.placeholder')}
        value={query}
        onChange={(_, data) => {
          setQuery(data.value)
          setIndex(findMatches(sections, data.value).length > 0 ? 0 : -1)
        }}
      />
      <Text className="find-count" role="status">
        {count}
      </Text>
      <Tooltip content={t('find.previous')} relationship="label">
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowUpRegular />}
          disabled={!matches.length}
          onClick={() => go(-1)}
        />
      </Tooltip>
      <Tooltip content={t('find.next')} relationship="label">
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowDownRegular />}
          disabled={!matches.length}
          onClick={() => go(1)}
        />
      </Tooltip>
      <Tooltip content={t('find.close')} relationship="label">
        <Button size="small" appearance="subtle" icon={<DismissRegular />} onClick={onClose} />
      </Tooltip>
    </div>
  )
}
