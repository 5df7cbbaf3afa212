/**
 * Text runs from plain strings: newlines become line breaks and tabs real tabs, because `w:t` collapses them.
 * Also the right-to-left test used to set a paragraph's direction.
 */
import { Tab, TextRun, type IRunOptions } from 'docx'

export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>

/** Runs for `text` with `style`, a line break for each newline and a tab element for each tab. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  return lines.map((line, index) => {
    const pieces = line.split('\t')
    const children: (string | Tab)[] = []
    pieces.forEach((piece, i) => {
      if (i > 0) children.push(new Tab())
      if (piece) children.push(piece)
    })
    return new TextRun({ ...style, children, break: index > 0 ? 1 : undefined })
  })
}

// First strongly directional character: Hebrew, Arabic, Syriac, Thaana, NKo … versus any other letter.
const FIRST_STRONG = /[\p{L}]/u
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|[\u{10800}-\u{10FFF}]|[\u{1E800}-\u{1EFFF}]/u

/** True when the first letter of `text` belongs to a right-to-left script (the paragraph then reads right to left). */
export function isRightToLeft(text: string): boolean {
  const first = FIRST_STRONG.exec(text)
  return first !== null && RTL_LETTER.test(first[0])
}
