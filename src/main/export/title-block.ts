/**
 * The title block at the top of the body: organisation, classification marking, DRAFT mark, title, meeting and its
 * details, then the participants table. Written as paragraphs, not a layout table (accessibility).
 */
import { HeadingLevel, Paragraph, TextRun } from 'docx'
import type { Report } from '../../shared/model'
import { formatDate, formatTime } from '../../shared/dates'
import type { Block } from './richtext'
import { dataTable } from './tables'
import { textRuns } from './text'
import { organisationName, type Vocabulary } from './vocabulary'

/** The blocks of the title block for `report` in the document's words. */
export function titleBlock(
  report: Report,
  marking: string,
  words: Vocabulary,
  language: Report['language']
): Block[] {
  const blocks: Block[] = []
  const organisation = organisationName(report.organisation, words)
  if (organisation) blocks.push(new Paragraph({ style: 'Subtitle', children: textRuns(organisation) }))
  if (marking) blocks.push(new Paragraph({ style: 'Marking', children: textRuns(marking) }))
  if (report.state === 'draft')
    blocks.push(new Paragraph({ style: 'DraftMark', children: textRuns(words.draft) }))
  blocks.push(
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: textRuns(report.title.trim() || words.documentKind)
    })
  )
  const meeting = report.meeting
  if (meeting.name.trim()) blocks.push(new Paragraph({ style: 'Subtitle', children: textRuns(meeting.name) }))
  const { labels } = words
  const details: [string, string][] = [
    [labels.date, formatDate(meeting.date, language)],
    [labels.time, formatTime(meeting.time, language)],
    [labels.place, meeting.place],
    [labels.chair, meeting.chair],
    [labels.secretary, meeting.secretary],
    [labels.diaryNumber, report.diaryNumber],
    [labels.version, report.version],
    [labels.author, report.author]
  ]
  for (const [label, value] of details) {
    if (!value.trim()) continue
    blocks.push(
      new Paragraph({
        spacing: { after: 40 },
        children: [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(value)]
      })
    )
  }
  blocks.push(...participantBlocks(report, words))
  return blocks
}

/** The participants table with its label; nothing when no participants are listed. */
export function participantBlocks(report: Report, words: Vocabulary): Block[] {
  const { labels } = words
  const participants = report.meeting.participants
  if (participants.length === 0) return []
  return [
    new Paragraph({ style: 'BlockHeading', keepNext: true, children: textRuns(labels.participants) }),
    dataTable(
      [labels.name, labels.title, labels.organisation],
      participants.map((p) => [p.name, p.title, organisationName(p.organisation, words)]),
      [3, 3, 4]
    )
  ]
}
