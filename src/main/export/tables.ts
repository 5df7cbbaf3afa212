/**
 * Tables of the document: the report table style, a header row that repeats on every page and stays with the first
 * row below it, fixed column widths that fit the longest word of each column in the document's language, and rows
 * that may break across pages only when they are taller than about a third of a page.
 */
import { contentRun, type RenderContext } from './context'
import { TEXT_WIDTH } from './layout'
import { isTallRow, keepNumbersWhole, lineCount, longestWord } from './measure'
import { TABLE_STYLE } from './styles'
import { esc, paragraphXml, run, type Block } from './wml'

export interface CellSpec {
  text: string
  /** Background colour as hex RRGGBB (status). */
  fill?: string
  /** A word of the document's language (status, state) rather than text the report's authors wrote. */
  label?: boolean
  /** A number or short value: spaces inside numbers become no-break spaces. */
  number?: boolean
}

export type Cell = string | CellSpec

/** A cell of a finished row: its inner XML (paragraphs), grid span and vertical merge. */
export interface CellXml {
  xml: string
  width: number
  span?: number
  vMerge?: 'restart' | 'continue'
  fill?: string
}

export interface RowXml {
  cells: CellXml[]
  header?: boolean
  /** Rows shorter than a third of a page are kept on one page. */
  cantSplit?: boolean
}

// Cell margins of the report table style (85 twips each side) and a little slack.
const CELL_PADDING = 210
// The widest character at 10 pt (a bold W with the measure's margin), in twips.
const WIDEST_CHAR = 220
// Fewer characters than this fill at most about a dozen lines even in a narrow column: not a tall row.
const SHORT_TEXT = 200

/** Column widths (twips) from relative weights, each at least its `minimum`, summing to `total`. */
export function columnWidths(weights: number[], minimums: number[] = [], total = TEXT_WIDTH): number[] {
  let mins = weights.map((_, i) => Math.min(minimums[i] ?? 0, total * 0.6))
  const minSum = mins.reduce((a, b) => a + b, 0)
  if (minSum > total) mins = mins.map((m) => (m * total) / minSum)
  const fixed = new Set<number>()
  let widths: number[] = []
  // Give each column its share; pin those below their minimum and share the rest again, until all fit.
  for (let round = 0; round <= weights.length; round++) {
    const free = total - [...fixed].reduce((sum, i) => sum + (mins[i] ?? 0), 0)
    const weightSum = weights.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0) || 1
    widths = weights.map((w, i) => (fixed.has(i) ? (mins[i] ?? 0) : (w / weightSum) * free))
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < (mins[i] ?? 0))
    if (short < 0) break
    fixed.add(short)
  }
  const rounded = widths.map((w) => Math.floor(w))
  rounded[rounded.length - 1] =
    (rounded[rounded.length - 1] ?? 0) + total - rounded.reduce((a, b) => a + b, 0)
  return rounded
}

/** A table block from finished rows. `caption` is its accessible name (Word's table Alt Text title). */
export function tableBlock(caption: string, widths: number[], rows: RowXml[]): Block {
  let xml =
    `<w:tbl><w:tblPr><w:tblStyle w:val="${TABLE_STYLE}"/><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/>` +
    '<w:tblLayout w:type="fixed"/>' +
    '<w:tblLook w:val="0620" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
    (caption ? `<w:tblCaption w:val="${esc(caption)}"/>` : '') +
    '</w:tblPr><w:tblGrid>'
  for (const width of widths) xml += `<w:gridCol w:w="${width}"/>`
  xml += '</w:tblGrid>'
  for (const row of rows) {
    const trPr = (row.cantSplit ? '<w:cantSplit/>' : '') + (row.header ? '<w:tblHeader/>' : '')
    xml += `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}`
    for (const cell of row.cells) {
      xml +=
        `<w:tc><w:tcPr><w:tcW w:w="${cell.width}" w:type="dxa"/>` +
        (cell.span && cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : '') +
        (cell.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : cell.vMerge ? '<w:vMerge/>' : '') +
        (cell.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${cell.fill}"/>` : '') +
        `</w:tcPr>${cell.xml}</w:tc>`
    }
    xml += '</w:tr>'
  }
  return { kind: 'tbl', xml: `${xml}</w:tbl>` }
}

const specOf = (cell: Cell): CellSpec => (typeof cell === 'string' ? { text: cell } : cell)

/**
 * A data table with a repeating header row: `weights` are the relative column widths, widened where a column's
 * longest word (header or cell) would not fit.
 */
export function dataTable(
  ctx: RenderContext,
  caption: string,
  headers: string[],
  rows: Cell[][],
  weights: number[]
): Block {
  const specs = rows.map((row) =>
    row.map((cell) => {
      const spec = specOf(cell)
      return spec.number ? { ...spec, text: keepNumbersWhole(spec.text) } : spec
    })
  )
  const minimums = headers.map((header, i) => {
    let widest = longestWord(header, true)
    for (const row of specs) {
      const text = row[i]?.text ?? ''
      // A text no wider than the widest word so far even if every character were a W needs no measuring.
      if (text.length * WIDEST_CHAR > widest) widest = Math.max(widest, longestWord(text))
    }
    return Math.ceil(widest * ctx.fontScale) + CELL_PADDING
  })
  const widths = columnWidths(weights, minimums)
  const headerRow: RowXml = {
    header: true,
    cantSplit: true,
    // The header row keeps with the first row below it, so a heading and its table never part at a page end.
    cells: headers.map((h, i) => ({
      width: widths[i] ?? 0,
      xml: paragraphXml({ style: 'TableText', keepNext: true }, run(h, { bold: true }, false))
    }))
  }
  const bodyRows = specs.map((row): RowXml => {
    // Only a long text can make a row a third of a page tall; short rows need no counting.
    const long = row.some((c) => c.text.length > SHORT_TEXT)
    const lines = long
      ? Math.max(1, ...row.map((c, i) => lineCount(c.text, (widths[i] ?? 0) / ctx.fontScale)))
      : 1
    return {
      cantSplit: !isTallRow(lines),
      cells: row.map((spec, i) => ({
        width: widths[i] ?? 0,
        fill: spec.fill,
        xml: paragraphXml(
          { style: 'TableText' },
          spec.label ? run(spec.text, {}, false) : contentRun(ctx, spec.text, {}, false)
        )
      }))
    }
  })
  return tableBlock(caption, widths, [headerRow, ...bodyRows])
}
