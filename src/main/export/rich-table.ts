/** A TipTap table (table/tableRow/tableHeader/tableCell) as a Word table whose header row repeats across pages. */
import { Paragraph, Table, TableCell, TableLayoutType, TableOfContents, TableRow, WidthType } from 'docx'
import type { RichNode } from '../../shared/richtext'
import { blockNode, type Block, type RichContext } from './richtext'
import { TABLE_STYLE } from './styles'
import { columnWidths, TEXT_WIDTH } from './tables'

function span(value: unknown): number {
  const n = Number(value)
  return Number.isInteger(n) && n > 1 ? Math.min(n, 63) : 1
}

/** The Word table for a TipTap `table` node; an empty table becomes an empty paragraph's worth of table. */
export function richTable(node: RichNode, ctx: RichContext): Table {
  const rows = (node.content ?? []).filter((r) => r.type === 'tableRow')
  const gridColumns = Math.max(
    1,
    ...rows.map((r) => (r.content ?? []).reduce((sum, c) => sum + span(c.attrs?.colspan), 0))
  )
  const widths = columnWidths(Array.from({ length: gridColumns }, () => 1))
  const tableRows = rows.map((row, index) => {
    const cells = row.content ?? []
    // The first row is a header row when it holds header cells, as TableKit makes it; Word repeats it on each page.
    const header = index === 0 && cells.some((c) => c.type === 'tableHeader')
    return new TableRow({
      tableHeader: header || undefined,
      children: cells.length > 0 ? cells.map((c) => richCell(c, ctx, widths[0] ?? 0)) : [emptyCell()]
    })
  })
  return new Table({
    style: TABLE_STYLE,
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: tableRows.length > 0 ? tableRows : [new TableRow({ children: [emptyCell()] })]
  })
}

function richCell(node: RichNode, ctx: RichContext, columnWidth: number): TableCell {
  const columnSpan = span(node.attrs?.colspan)
  const blocks = (node.content ?? [])
    .flatMap((child) => blockNode(child, ctx, { style: 'TableText' }))
    .filter((b: Block): b is Paragraph | Table => !(b instanceof TableOfContents))
  // Word requires a cell to end with a paragraph.
  if (!(blocks[blocks.length - 1] instanceof Paragraph)) blocks.push(new Paragraph({ style: 'TableText' }))
  return new TableCell({
    columnSpan: columnSpan > 1 ? columnSpan : undefined,
    rowSpan: span(node.attrs?.rowspan) > 1 ? span(node.attrs?.rowspan) : undefined,
    width: { size: columnWidth * columnSpan, type: WidthType.DXA },
    children: blocks
  })
}

function emptyCell(): TableCell {
  return new TableCell({ children: [new Paragraph({})] })
}
