/** One report section: Heading 1, status line, guidance (only when asked), notes, key figures, decisions, actions. */
import type { Section } from '../../shared/model'
import { awaitsReview } from '../../shared/report-ops'
import { STATUS_PALETTE } from '../../shared/status-palette'
import { contentRun, headingBlock, type RenderContext } from './context'
import { hasText } from './depth'
import { keyFigureChartBlocks } from './key-figure-charts'
import { formatDate } from '../../shared/dates'
import { richDocBlocks } from './richtext'
import { dataTable } from './tables'
import { organisationRun } from './title-block'
import { para, run, type Block } from './wml'

/** True when a section holds nothing an official wrote or assessed. */
export function isEmptySection(section: Section): boolean {
  return (
    section.status === 'not_assessed' &&
    !hasText(section.notes.content ?? []) &&
    section.keyFigures.length === 0 &&
    section.decisions.length === 0 &&
    section.actions.length === 0
  )
}

/** The title of a section, or "Osio 3" when it has none. */
export function sectionTitle(section: Section, index: number, ctx: RenderContext): string {
  return section.title.trim() || `${ctx.words.label('section')} ${index + 1}`
}

/** The blocks of one section. */
export function sectionBlocks(
  section: Section,
  index: number,
  ctx: RenderContext,
  includeGuidance: boolean
): Block[] {
  const { words } = ctx
  const title = section.title.trim()
  const blocks: Block[] = [
    // A form feed in a title is a line break: a heading is never split across pages.
    headingBlock(
      ctx,
      1,
      title ? contentRun(ctx, title, {}, false) : run(sectionTitle(section, index, ctx)),
      sectionTitle(section, index, ctx)
    ),
    statusLine(section, ctx)
  ]
  if (includeGuidance && section.guidance.trim()) {
    blocks.push(
      para(
        { style: 'Quote' },
        run(`${words.label('guidance')}: `, { style: 'Strong' }) + contentRun(ctx, section.guidance)
      )
    )
  }
  blocks.push(...richDocBlocks(section.notes, ctx))
  if (section.keyFigures.length > 0) {
    blocks.push(
      subheading(ctx, 'keyFigures'),
      keyFigureTable(section, ctx),
      ...keyFigureChartBlocks(section, ctx)
    )
  }
  if (section.decisions.length > 0) {
    blocks.push(subheading(ctx, 'decisions'))
    // Decisions are numbered, and the numbering starts from 1 in every section.
    const id = ctx.numbering.newList('number')
    for (const decision of section.decisions) {
      blocks.push(para({ style: 'ListNumber', numbering: { id, level: 0 } }, contentRun(ctx, decision.text)))
    }
  }
  if (section.actions.length > 0) {
    blocks.push(
      subheading(ctx, 'actions'),
      dataTable(
        ctx,
        words.label('actions'),
        [words.label('what'), words.label('who'), words.label('due'), words.label('state')],
        section.actions.map((a) => [
          a.what,
          a.who,
          { text: formatDate(a.due, words.language), label: true, number: true },
          { text: words.actionState(a.state), label: true }
        ]),
        [5, 2, 1.5, 1.5]
      )
    )
  }
  return blocks
}

function subheading(ctx: RenderContext, label: 'keyFigures' | 'decisions' | 'actions'): Block {
  const text = ctx.words.label(label)
  return headingBlock(ctx, 2, run(text), text)
}

function statusLine(section: Section, ctx: RenderContext): Block {
  const { words } = ctx
  let xml =
    run(`${words.label('status')}: `, { style: 'Strong' }) +
    run(words.status(section.status), { shading: STATUS_PALETTE[section.status].fill })
  if (awaitsReview(section)) {
    // Carried from the previous report and not reviewed: no "previous → now" that would claim an assessment.
    xml += run(` ${words.t('carriedStatus')}`)
  } else if (section.previousStatus) {
    xml += run(
      ` (${words.label('previousToNow')}: ${words.status(section.previousStatus)} → ${words.status(section.status)})`
    )
  }
  if (section.trend !== 'none') {
    xml += run(`   ${words.label('trend')}: `, { style: 'Strong' }) + run(words.trend(section.trend))
  }
  if (section.owner.trim()) {
    xml += run(`   ${words.label('owner')}: `, { style: 'Strong' }) + organisationRun(ctx, section.owner)
  }
  return para({ style: 'StatusLine' }, xml)
}

function keyFigureTable(section: Section, ctx: RenderContext): Block {
  const { words } = ctx
  const withPrevious = section.keyFigures.some((k) => k.previousValue !== undefined && k.previousValue !== '')
  const headers = [words.label('indicator')]
  if (withPrevious) headers.push(words.label('previousValue'))
  headers.push(
    words.label('value'),
    words.label('target'),
    words.label('unit'),
    words.label('year'),
    words.label('source')
  )
  const num = (text: string) => ({ text, number: true })
  const rows = section.keyFigures.map((k) => [
    k.indicator,
    ...(withPrevious ? [num(k.previousValue ?? '')] : []),
    num(k.value),
    num(k.target),
    k.unit,
    num(k.year),
    k.source
  ])
  const weights = withPrevious ? [3.4, 1.7, 1.1, 1.1, 1.4, 0.9, 2.7] : [4, 1.2, 1.3, 1.4, 1, 3]
  return dataTable(ctx, words.label('keyFigures'), headers, rows, weights)
}
