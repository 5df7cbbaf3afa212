/**
 * Data tables of the document (participants, overview, key figures, actions): the report table style, a header row
 * that repeats on every page, fixed column widths so a 10 000-character word cannot push a table off the page.
 */
import {
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type ParagraphChild
} from 'docx'
import { TABLE_STYLE } from './styles'
import { textRuns } from './text'

/** Width of the text area on A4 with the document's margins, in twentieths of a point. */
export const TEXT_WIDTH = 9355

export interface CellSpec {
  text?: string
  /** Inline content instead of text (e.g. bold parts). */
  children?: ParagraphChild[]
  /** Background colour as hex RRGGBB, e.g. for status. */
  shading?: string
}

export type Cell = string | CellSpec

/** Column widths (in twips) from relative weights, summing to the text width. */
export function columnWidths(weights: number[], total = TEXT_WIDTH): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1
  const widths = weights.map((w) => Math.floor((w / sum) * total))
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + total - widths.reduce((a, b) => a + b, 0)
  return widths
}

function cell(content: Cell, width: number, header: boolean): TableCell {
  const spec: CellSpec = typeof content === 'string' ? { text: content } : content
  const children = spec.children ?? textRuns(spec.text ?? '', header ? { bold: true } : {})
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: spec.shading ? { type: ShadingType.CLEAR, color: 'auto', fill: spec.shading } : undefined,
    children: [new Paragraph({ style: 'TableText', children })]
  })
}

/** A table with a repeating header row; `weights` are the relative column widths. */
export function dataTable(headers: string[], rows: Cell[][], weights: number[]): Table {
  const widths = columnWidths(weights)
  return new Table({
    style: TABLE_STYLE,
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((h, i) => cell(h, widths[i] ?? 0, true))
      }),
      ...rows.map(
        (row) =>
          new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, widths[i] ?? 0, false)) })
      )
    ]
  })
}
