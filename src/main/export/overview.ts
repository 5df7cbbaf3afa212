/** The overview table and the closing list of open actions. */
import type { Language, Section } from '../../shared/model'
import { formatDate } from '../../shared/dates'
import type { Contents } from './contents'
import type { Block } from './richtext'
import { STATUS_FILL } from './status'
import { dataTable, type Cell } from './tables'
import type { Vocabulary } from './vocabulary'

const isOpen = (state: string) => state !== 'done'

/** Heading and table: section, status as text and shading, previous → now (with a predecessor), trend, owner, open actions. */
export function overviewBlocks(sections: Section[], words: Vocabulary, contents: Contents): Block[] {
  const { labels, statuses, trends } = words
  const withPrevious = sections.some((s) => s.previousStatus !== undefined)
  const headers = [labels.section, labels.status, ...(withPrevious ? [labels.previousToNow] : [])]
  headers.push(labels.trend, labels.owner, labels.openActions)
  const rows = sections.map((s, i): Cell[] => [
    s.title.trim() || `${labels.section} ${i + 1}`,
    { text: statuses[s.status], shading: STATUS_FILL[s.status] },
    ...(withPrevious
      ? [s.previousStatus ? `${statuses[s.previousStatus]} → ${statuses[s.status]}` : statuses[s.status]]
      : []),
    trends[s.trend],
    // The owner's code (VM, LVM …) keeps the column narrow; the section's status line gives the full name.
    s.owner.trim(),
    String(s.actions.filter((a) => isOpen(a.state)).length)
  ])
  const weights = withPrevious ? [3.4, 2.5, 3.3, 2, 2.3, 2.4] : [5, 3, 2.4, 2.8, 2.4]
  return [contents.heading1(labels.overview), dataTable(headers, rows, weights)]
}

/** Heading and table of every action not done, across sections: what, who, due, state (and where it comes from). */
export function openActionBlocks(
  sections: Section[],
  words: Vocabulary,
  language: Language,
  contents: Contents
): Block[] {
  const { labels, actionStates } = words
  const rows = sections.flatMap((s, i) =>
    s.actions
      .filter((a) => isOpen(a.state))
      .map((a): Cell[] => [
        a.what,
        a.who,
        formatDate(a.due, language),
        actionStates[a.state],
        s.title.trim() || `${labels.section} ${i + 1}`
      ])
  )
  if (rows.length === 0) return []
  return [
    contents.heading1(labels.allOpenActions),
    dataTable(
      [labels.what, labels.who, labels.due, labels.state, labels.section],
      rows,
      [4.5, 2, 1.5, 1.5, 2.5]
    )
  ]
}
