/**
 * The title block at the top of the body: organisation, classification marking, draft mark, title, meeting and its
 * details, the participants and the agenda. Written as paragraphs, not a layout table (accessibility); it repeats
 * what the page header shows because screen readers skip headers (SFS 2487: important information must not be
 * only in a header).
 */
import type { Report } from '../../shared/model'
import { contentRun, type RenderContext } from './context'
import { formatDate, formatTime } from '../../shared/dates'
import type { Label } from './words'
import { dataTable } from './tables'
import { para, run, type Block } from './wml'

/** The organisation as written in the document: a ministry's name in the export language, else the authors' text. */
export function organisationRun(ctx: RenderContext, organisation: string): string {
  const name = ctx.words.organisation(organisation)
  return name === organisation.trim() ? contentRun(ctx, name, {}, false) : run(name)
}

/** The blocks of the title block. */
export function titleBlock(report: Report, marking: string[], ctx: RenderContext): Block[] {
  const { words } = ctx
  const language = words.language
  const blocks: Block[] = []
  if (report.organisation.trim())
    blocks.push(para({ style: 'Subtitle' }, organisationRun(ctx, report.organisation)))
  for (const line of marking) blocks.push(para({ style: 'Marking' }, run(line)))
  if (report.state === 'draft') blocks.push(para({ style: 'DraftMark' }, run(words.t('draft'))))
  const title = report.title.trim()
  blocks.push(
    para({ style: 'Title' }, title ? contentRun(ctx, title, {}, false) : run(words.t('documentKind')))
  )
  const meeting = report.meeting
  if (meeting.name.trim()) blocks.push(para({ style: 'Subtitle' }, contentRun(ctx, meeting.name, {}, false)))
  // Dates and times are written in the document's language; the rest as the authors wrote it.
  const details: [Label, string, boolean][] = [
    ['date', formatDate(meeting.date, language), true],
    ['time', formatTime(meeting.time, language), true],
    ['place', meeting.place, false],
    ['chair', meeting.chair, false],
    ['secretary', meeting.secretary, false],
    ['diaryNumber', report.diaryNumber, false],
    ['version', report.version, false],
    ['author', report.author, false]
  ]
  for (const [label, value, ownLanguage] of details) {
    if (!value.trim()) continue
    const valueRun = ownLanguage ? run(value) : contentRun(ctx, value, {}, false)
    blocks.push(para({ style: 'Details' }, run(`${words.label(label)}: `, { style: 'Strong' }) + valueRun))
  }
  blocks.push(...participantBlocks(report, ctx), ...agendaBlocks(report, ctx))
  return blocks
}

/** The participants table with its label; nothing when no participants are listed. */
export function participantBlocks(report: Report, ctx: RenderContext): Block[] {
  const { words } = ctx
  const participants = report.meeting.participants
  if (participants.length === 0) return []
  const label = words.label('participants')
  return [
    para({ style: 'BlockHeading' }, run(label)),
    dataTable(
      ctx,
      label,
      [words.label('name'), words.label('title'), words.label('organisation')],
      participants.map((p) => {
        const organisation = words.organisation(p.organisation)
        const isMinistry = organisation !== p.organisation.trim()
        return [p.name, p.title, isMinistry ? { text: organisation, label: true } : organisation]
      }),
      [3, 3, 4]
    )
  ]
}

/** The agenda as a numbered list after the participants; nothing when the meeting has no agenda. */
export function agendaBlocks(report: Report, ctx: RenderContext): Block[] {
  const items = report.meeting.agenda.filter((item) => item.text.trim())
  if (items.length === 0) return []
  const id = ctx.numbering.newList('number')
  return [
    para({ style: 'BlockHeading' }, run(ctx.words.label('agenda'))),
    ...items.map((item) =>
      para({ style: 'ListNumber', numbering: { id, level: 0 } }, contentRun(ctx, item.text))
    )
  ]
}
