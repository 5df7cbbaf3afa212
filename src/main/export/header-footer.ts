/**
 * Header and footer of every page: the classification marking (with its legal basis) and the diary number at the
 * top, "sivu X / Y" at the bottom. Screen readers skip headers, so the marking is also in the title block.
 */
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx'
import type { Report } from '../../shared/model'
import { TEXT_WIDTH } from './tables'
import { textRuns } from './text'
import type { Vocabulary } from './vocabulary'

/** The page header: marking on the left, diary number on the right. */
export function pageHeader(report: Report, marking: string, words: Vocabulary): Header {
  const diary = report.diaryNumber.trim()
  return new Header({
    children: [
      new Paragraph({
        style: 'Header',
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          new TextRun({ text: marking, bold: true, color: 'C00000' }),
          ...textRuns(diary ? `\t${words.labels.diaryNumber} ${diary}` : '')
        ]
      })
    ]
  })
}

/** The page footer: "sivu 3 / 12" in the document language. */
export function pageFooter(words: Vocabulary): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            children: [`${words.labels.page} `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES]
          })
        ]
      })
    ]
  })
}
