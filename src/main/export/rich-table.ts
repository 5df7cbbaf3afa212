/**
 * A TipTap table (table/tableRow/tableHeader/tableCell, with colspan and rowspan) as a Word table. Its first row is
 * the header row that repeats on each page — Word's accessibility checker asks every table for one, and the first
 * row is where officials put their column names.
 */
import type { RichNode } from '../../shared/richtext'
import type { RenderContext } from './context'
import { inlineText } from './inline'
import { isTallRow, lineCount } from './measure'
import { blockNode } from './richtext'
import { columnWidths, tableBlock, type CellXml, type RowXml } from './tables'
import { blocksXml, paragraphXml, type Block } from './wml'

function span(value: unknown): number {
  const n = Number(value)
  return Number.isInteger(n) && n > 1 ? Math.min(n, 63) : 1
}

/** Plain text of a cell, for estimating its height. */
function cellText(node: RichNode): string {
  return (node.content ?? []).map((child) => inlineText(child.content ?? [child])).join('\n')
}

interface Placed {
  node: RichNode
  column: number
  span: number
}

/** Grid positions of each row's cells, leaving room for cells of rows above that span down into it. */
function place(rows: RichNode[]): { placed: Placed[][]; covered: Map<number, number>[]; columns: number } {
  const below = new Map<number, { rows: number; span: number }>()
  const placed: Placed[][] = []
  const covered: Map<number, number>[] = []
  let columns = 1
  for (const row of rows) {
    const cells: Placed[] = []
    const coveredHere = new Map<number, number>()
    let column = 0
    const skipCovered = (): void => {
      for (let c = below.get(column); c && c.rows > 0; c = below.get(column)) {
        coveredHere.set(column, c.span)
        column += c.span
      }
    }
    for (const node of row.content ?? []) {
      skipCovered()
      const cell = { node, column, span: span(node.attrs?.colspan) }
      cells.push(cell)
      const rowspan = span(node.attrs?.rowspan)
      if (rowspan > 1) below.set(column, { rows: rowspan, span: cell.span })
      column += cell.span
    }
    skipCovered()
    for (const [start, c] of below) {
      c.rows -= 1
      if (c.rows <= 0) below.delete(start)
    }
    columns = Math.max(columns, column)
    placed.push(cells)
    covered.push(coveredHere)
  }
  return { placed, covered, columns }
}

/** The Word table for a TipTap `table` node. */
export function richTable(node: RichNode, ctx: RenderContext): Block {
  const rows = (node.content ?? []).filter((r) => r.type === 'tableRow')
  const { placed, covered, columns } = place(rows)
  const widths = columnWidths(Array.from({ length: columns }, () => 1))
  const widthOf = (column: number, count: number): number =>
    widths.slice(column, column + count).reduce((a, b) => a + b, 0)
  const rowXml = placed.map((cells, index): RowXml => {
    const out: { column: number; cell: CellXml }[] = []
    for (const [column, count] of covered[index] ?? []) {
      out.push({
        column,
        cell: {
          width: widthOf(column, count),
          span: count,
          vMerge: 'continue',
          xml: paragraphXml({ style: 'TableText' })
        }
      })
    }
    let lines = 1
    for (const { node: cell, column, span: count } of cells) {
      const blocks = (cell.content ?? []).flatMap((child) =>
        blockNode(child, ctx, { style: 'TableText', inCell: true })
      )
      // Word requires a cell to end with a paragraph.
      if (blocks.at(-1)?.kind !== 'p') blocks.push({ kind: 'p', props: { style: 'TableText' }, content: '' })
      const vMerge = span(cell.attrs?.rowspan) > 1 ? ('restart' as const) : undefined
      out.push({
        column,
        cell: { width: widthOf(column, count), span: count, vMerge, xml: blocksXml(blocks) }
      })
      lines = Math.max(lines, lineCount(cellText(cell), widthOf(column, count)))
    }
    out.sort((a, b) => a.column - b.column)
    const header = index === 0
    // Header-row paragraphs keep with the next row: a table's header never stands alone at a page's end.
    const cellsXml = out.map(({ cell }) =>
      header
        ? {
            ...cell,
            xml: cell.xml.replace(
              /<w:pStyle w:val="TableText"\/>/g,
              '<w:pStyle w:val="TableText"/><w:keepNext/>'
            )
          }
        : cell
    )
    if (cellsXml.length === 0)
      cellsXml.push({ width: widths[0] ?? 0, span: columns, xml: paragraphXml({ style: 'TableText' }) })
    return { cells: cellsXml, header, cantSplit: !isTallRow(lines) }
  })
  if (rowXml.length === 0)
    rowXml.push({
      header: true,
      cells: [{ width: widths[0] ?? 0, xml: paragraphXml({ style: 'TableText' }) }]
    })
  return tableBlock('', widths, rowXml)
}
