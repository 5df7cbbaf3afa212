/**
 * Rough text measures for laying tables out before Word does: how wide a word is in Calibri 10 pt, how many lines
 * a text takes in a column. Rough is enough — they choose column widths that keep a status word or "20 000 000"
 * whole, and decide which rows are tall enough (over a third of a page) to be allowed to break across pages.
 */
import { TEXT_HEIGHT } from './layout'

// Advance widths of Calibri (taken from its metric twin Carlito) in thousandths of an em, for U+0020–U+007E and
// U+00A0–U+00FF (the letters of Finnish, Swedish and English). Other characters count as a wide average.
const REGULAR =
  '226,326,401,498,507,715,682,221,303,303,498,498,250,306,252,386,507,507,507,507,507,507,507,507,507,507,268,268,498,498,498,463,894,579,544,533,615,488,459,631,623,252,319,520,420,855,646,662,517,673,543,459,487,642,567,890,519,487,468,307,386,307,498,498,291,479,525,423,525,498,305,471,525,229,239,455,229,799,525,527,525,525,349,391,335,525,452,715,433,453,395,314,460,314,498,0,326,498,507,498,507,498,498,393,834,402,512,498,0,507,394,339,498,336,334,292,550,586,252,307,246,422,512,636,671,675,463,579,579,579,579,579,579,763,533,488,488,488,488,252,252,252,252,625,646,662,662,662,662,662,498,664,642,642,642,642,487,517,527,479,479,479,479,479,479,773,423,498,498,498,498,229,229,229,229,525,525,527,527,527,527,527,498,529,525,525,525,525,453,525,453'
    .split(',')
    .map(Number)
const BOLD =
  '226,326,438,498,507,729,705,233,312,312,498,498,258,306,267,430,507,507,507,507,507,507,507,507,507,507,276,276,498,498,498,463,898,606,561,529,630,488,459,637,631,267,331,547,423,874,659,676,532,686,563,473,495,653,591,906,551,520,478,325,430,325,498,498,300,494,537,418,537,503,316,474,537,246,255,480,246,813,537,538,537,537,355,399,347,537,473,745,459,474,397,344,475,344,498,0,326,498,507,498,507,498,498,415,834,416,539,498,0,507,390,342,498,338,336,301,563,598,268,303,252,435,539,658,691,702,463,606,606,606,606,606,606,775,529,488,488,488,488,267,267,267,267,639,659,676,676,676,676,676,498,681,653,653,653,653,520,532,555,494,494,494,494,494,494,775,418,503,503,503,503,246,246,246,246,537,537,538,538,538,538,538,498,544,537,537,537,537,474,537,474'
    .split(',')
    .map(Number)
const OTHER = 600
// Room for a wider font in an organisation's template (Arial runs about 10 % wider than Calibri).
const SAFETY = 1.1

function advance(code: number, bold: boolean): number {
  if (code === 0xa0) code = 0x20 // a no-break space is as wide as a space
  const index = code >= 32 && code < 127 ? code - 32 : code >= 160 && code < 256 ? code - 160 + 95 : -1
  const widths = bold ? BOLD : REGULAR
  return (index >= 0 ? widths[index] : undefined) || OTHER
}

/** Width of `text` on one line at 10 pt, in twips (an em of 10 pt is 200 twips). */
export function textWidth(text: string, bold = false): number {
  let width = 0
  for (let i = 0; i < text.length; i++) width += advance(text.charCodeAt(i), bold)
  return Math.ceil((width * 200 * SAFETY) / 1000)
}

/** Width of the widest unbreakable piece of `text` (words; no-break spaces hold numbers together). */
export function longestWord(text: string, bold = false): number {
  let widest = 0
  for (const word of text.split(/[ \t\n\r\v\f-]+/)) widest = Math.max(widest, textWidth(word, bold))
  return widest
}

/** Lines `text` takes in a column of `width` twips (paragraphs and line breaks counted). */
export function lineCount(text: string, width: number): number {
  const usable = Math.max(200, width - 200)
  let lines = 0
  for (const line of text.split(/[\n\v\f]/)) lines += Math.max(1, Math.ceil(textWidth(line) / usable))
  return lines
}

/** True when a row of `lines` lines is taller than about a third of a page: such a row may break across pages. */
export function isTallRow(lines: number): boolean {
  // 10 pt text with the table's spacing: about 13 pt (260 twips) a line.
  return lines * 260 > TEXT_HEIGHT / 3
}

/** Spaces inside a number ("20 000 000", "1 234,5") as no-break spaces, so the number never wraps. */
export function keepNumbersWhole(text: string): string {
  return text.replace(/(\d) (?=\d)/g, '$1\u00a0')
}
