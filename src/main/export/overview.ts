/** The overview table, the line naming the sections left out, and the closing list of open actions. */
import type { Section } from '../../shared/model'
import { awaitsReview } from '../../shared/report-ops'
import { STATUS_PALETTE } from '../../shared/status-palette'
import { contentRun, headingBlock, type RenderContext } from './context'
import { formatDate } from '../../shared/dates'
import { sectionTitle } from './sections'
import { dataTable, type Cell } from './tables'
import { para, run, type Block } from './wml'

const isOpen = (state: string) => state !== 'done'

/** A section with its place in the report (its number when it has no title). */
export interface NumberedSection {
  section: Section
  index: number
}

/** Heading and table: section, status as a word and shading, previous → now, trend, owner, open actions. */
export function overviewBlocks(sections: NumberedSection[], ctx: RenderContext): Block[] {
  const { words } = ctx
  const label = words.label('overview')
  const withPrevious = sections.some(({ section }) => section.previousStatus !== undefined)
  const headers = [words.label('section'), words.label('status')]
  if (withPrevious) headers.push(words.label('previousToNow'))
  headers.push(words.label('trend'), words.label('owner'), words.label('openActions'))
  const rows = sections.map(({ section: s, index }): Cell[] => [
    s.title.trim() ? s.title.trim() : { text: sectionTitle(s, index, ctx), label: true },
    // The colour is never alone: the status word is in the cell it shades.
    { text: words.status(s.status), fill: STATUS_PALETTE[s.status].fill, label: true },
    ...(withPrevious ? [{ text: previousToNow(s, ctx), label: true }] : []),
    // A status carried from the previous report and not reviewed has no trend yet: the cell says so.
    { text: awaitsReview(s) ? words.t('notReviewed') : words.trend(s.trend), label: true },
    // The owner's code (VM, LVM …) keeps the column narrow; the section's status line gives the full name.
    s.owner.trim(),
    { text: String(s.actions.filter((a) => isOpen(a.state)).length), number: true, label: true }
  ])
  const weights = withPrevious ? [3.4, 2.5, 3.3, 2, 2.3, 2.4] : [5, 3, 2.4, 2.8, 2.4]
  return [headingBlock(ctx, 1, run(label), label), dataTable(ctx, label, headers, rows, weights)]
}

/** "Kriittinen → Vaatii huomiota"; "Kriittinen → ei arvioitu" while the carried status awaits review. */
function previousToNow(s: Section, { words }: RenderContext): string {
  if (!s.previousStatus) return words.status(s.status)
  const now = awaitsReview(s) ? words.t('notReviewed') : words.status(s.status)
  return `${words.status(s.previousStatus)} → ${now}`
}

/** One line naming the sections left out because they hold nothing yet; nothing when none were. */
export function emptySectionsLine(sections: NumberedSection[], ctx: RenderContext): Block[] {
  if (sections.length === 0) return []
  // The sentence is in the document's language, the section titles in the language they were written in.
  const [before = '', after = ''] = ctx.words.t('emptySections', { names: '\u0000' }).split('\u0000')
  const names = sections
    .map(({ section, index }) =>
      section.title.trim() ? contentRun(ctx, section.title.trim()) : run(sectionTitle(section, index, ctx))
    )
    .join(run(', '))
  return [para({}, run(before) + names + run(after))]
}

/** Heading and table of every action not done, across sections: what, who, due, state, and the section. */
export function openActionBlocks(sections: NumberedSection[], ctx: RenderContext): Block[] {
  const { words } = ctx
  const rows = sections.flatMap(({ section: s, index }) =>
    s.actions
      .filter((a) => isOpen(a.state))
      .map((a): Cell[] => [
        a.what,
        a.who,
        { text: formatDate(a.due, words.language), label: true, number: true },
        { text: words.actionState(a.state), label: true },
        s.title.trim() ? s.title.trim() : { text: sectionTitle(s, index, ctx), label: true }
      ])
  )
  if (rows.length === 0) return []
  const label = words.label('allOpenActions')
  return [
    headingBlock(ctx, 1, run(label), label),
    dataTable(
      ctx,
      label,
      [
        words.label('what'),
        words.label('who'),
        words.label('due'),
        words.label('state'),
        words.label('section')
      ],
      rows,
      [4.5, 2, 1.5, 1.5, 2.5]
    )
  ]
}
