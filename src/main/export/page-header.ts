/**
 * The page header of every page, laid out as SFS 2487 lays out a document's identification:
 *
 *   Valtiovarainministeriö          TILANNEKUVA                 1 (7)
 *                                   25.10.2021
 *                                   VN/1234/2021
 *                                   KÄYTTÖ RAJOITETTU TL IV
 *                                   SALASSA PIDETTÄVÄ (JulkL 24.1 § 7 k)
 *                                   LUONNOS
 *
 * The sender (organisation, and unit on a line of its own) at the 20 mm margin; the document's fields 92 mm from
 * it: the document name in capitals with the page number "1 (7)" at the right edge, the date, the diary number,
 * the classification marking in capitals with its legal basis, and the draft mark on every page until final.
 */
import type { Report } from '../../shared/model'
import { formatDate, isoDatePart } from '../../shared/dates'
import { FIELD_TAB, TEXT_WIDTH, COLUMN } from './layout'
import { textWidth } from './measure'
import { MARKING_RED } from './styles'
import { paragraphXml, run, type TabStop } from './wml'
import type { DocumentWords } from './words'

const TABS: TabStop[] = [
  { type: 'left', pos: FIELD_TAB },
  { type: 'right', pos: TEXT_WIDTH }
]
// Room for the sender before the fields start (9 pt bold is about 0.95 × the 10 pt measure, with a gap).
const SENDER_WIDTH = FIELD_TAB + COLUMN - 300

const pageNumber =
  '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>' +
  '<w:r><w:t xml:space="preserve"> (</w:t></w:r>' +
  '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>' +
  '<w:r><w:t>)</w:t></w:r>'

/** The sender's lines: each line of the organisation text, wrapped to the width before the fields. */
function senderLines(organisation: string): string[] {
  const lines: string[] = []
  for (const paragraph of organisation.split(/[\n\v\r]+/)) {
    let line = ''
    for (const word of paragraph.trim().split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word
      if (line && textWidth(candidate, true) * 0.95 > SENDER_WIDTH) {
        lines.push(line)
        line = word
      } else line = candidate
    }
    if (line) lines.push(line)
  }
  return lines
}

/** The document date of the header: the meeting's date, or the day the report was last saved. */
function documentDate(report: Report, words: DocumentWords): string {
  return (
    formatDate(report.meeting.date, words.language) ||
    formatDate(isoDatePart(report.updatedAt), words.language)
  )
}

export interface PageHeader {
  xml: string
  /** Lines the header takes, for the top margin. */
  lines: number
}

/**
 * The header part for `report`; `organisation` is its name in the document, `marking` the marking's lines, and
 * `senderLang` the language tag of the organisation's text when the authors wrote it in another language.
 */
export function pageHeader(
  report: Report,
  organisation: string,
  marking: string[],
  words: DocumentWords,
  senderLang?: string
): PageHeader {
  const left = senderLines(organisation).map((line) => run(line, { bold: true, lang: senderLang }, false))
  const right: string[] = [
    run(words.t('documentName'), { bold: true }) + '<w:r><w:tab/></w:r>' + pageNumber,
    run(documentDate(report, words)),
    run(report.diaryNumber.trim(), {}, false),
    ...marking.map((line) => run(line, { bold: true, color: MARKING_RED }, false)),
    report.state === 'draft' ? run(words.t('draft'), { bold: true, color: MARKING_RED }) : ''
  ].filter(Boolean)
  const count = Math.max(left.length, right.length)
  let xml = ''
  for (let i = 0; i < count; i++) {
    const field = right[i] ? `<w:r><w:tab/></w:r>${right[i]}` : ''
    xml += paragraphXml({ style: 'Header', tabs: TABS }, (left[i] ?? '') + field)
  }
  return {
    xml:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      xml +
      '</w:hdr>',
    lines: count
  }
}
