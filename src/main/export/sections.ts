/** One report section: Heading 1, status line, guidance (only when asked), notes, key figures, decisions, actions. */
import { HeadingLevel, Paragraph, ShadingType, TextRun } from 'docx'
import type { Language, Section } from '../../shared/model'
import { hasText } from './depth'
import { formatDate } from '../../shared/dates'
import { richDocBlocks, type Block, type RichContext } from './richtext'
import { STATUS_FILL } from './status'
import { NUMBERS } from './styles'
import { dataTable } from './tables'
import { textRuns } from './text'
import { organisationName, type Vocabulary } from './vocabulary'

export interface SectionOptions {
  language: Language
  words: Vocabulary
  includeGuidance: boolean
}

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

/** The blocks of one section. */
export function sectionBlocks(
  section: Section,
  index: number,
  ctx: RichContext,
  options: SectionOptions
): Block[] {
  const { words } = options
  const title = section.title.trim() || `${words.labels.section} ${index + 1}`
  const blocks: Block[] = [ctx.contents.heading1(title)]
  blocks.push(statusLine(section, words))
  if (options.includeGuidance && section.guidance.trim()) {
    blocks.push(
      new Paragraph({
        style: 'Quote',
        children: [
          new TextRun({ text: `${words.labels.guidance}: `, bold: true }),
          ...textRuns(section.guidance)
        ]
      })
    )
  }
  blocks.push(...richDocBlocks(section.notes, ctx))
  if (section.keyFigures.length > 0)
    blocks.push(subheading(words.labels.keyFigures), keyFigureTable(section, words))
  if (section.decisions.length > 0) {
    blocks.push(subheading(words.labels.decisions))
    // Decisions are numbered, and the numbering starts from 1 in every section.
    const instance = ctx.nextListInstance()
    for (const decision of section.decisions) {
      blocks.push(
        new Paragraph({
          style: 'ListNumber',
          numbering: { reference: NUMBERS, level: 0, instance },
          children: textRuns(decision.text)
        })
      )
    }
  }
  if (section.actions.length > 0) {
    const { labels, actionStates } = words
    blocks.push(
      subheading(labels.actions),
      dataTable(
        [labels.what, labels.who, labels.due, labels.state],
        section.actions.map((a) => [
          a.what,
          a.who,
          formatDate(a.due, options.language),
          actionStates[a.state]
        ]),
        [5, 2, 1.5, 1.5]
      )
    )
  }
  return blocks
}

function subheading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, children: textRuns(text) })
}

function statusLine(section: Section, words: Vocabulary): Paragraph {
  const { labels, statuses, trends } = words
  const children = [
    new TextRun({ text: `${labels.status}: `, bold: true }),
    new TextRun({
      text: statuses[section.status],
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: STATUS_FILL[section.status] }
    })
  ]
  if (section.previousStatus) {
    children.push(
      new TextRun({
        text: ` (${labels.previousToNow}: ${statuses[section.previousStatus]} → ${statuses[section.status]})`
      })
    )
  }
  if (section.trend !== 'none') {
    children.push(
      new TextRun({ text: `   ${labels.trend}: `, bold: true }),
      new TextRun(trends[section.trend])
    )
  }
  const owner = organisationName(section.owner, words)
  if (owner) children.push(new TextRun({ text: `   ${labels.owner}: `, bold: true }), ...textRuns(owner))
  return new Paragraph({ style: 'StatusLine', children })
}

function keyFigureTable(section: Section, words: Vocabulary) {
  const { labels } = words
  const withPrevious = section.keyFigures.some((k) => k.previousValue !== undefined && k.previousValue !== '')
  const headers = [labels.indicator, ...(withPrevious ? [labels.previousValue] : []), labels.value]
  headers.push(labels.target, labels.unit, labels.year, labels.source)
  const rows = section.keyFigures.map((k) => [
    k.indicator,
    ...(withPrevious ? [k.previousValue ?? ''] : []),
    k.value,
    k.target,
    k.unit,
    k.year,
    k.source
  ])
  const weights = withPrevious ? [3.4, 1.7, 1.1, 1.1, 1.4, 0.9, 2.7] : [4, 1.2, 1.3, 1.4, 1, 3]
  return dataTable(headers, rows, weights)
}
