/**
 * The page geometry of SFS 2487:2024 (writing documents with a word processor), in twips (1/20 pt; 1 mm ≈ 56.7):
 * A4; left and bottom margins 20 mm, top and right 10 mm; a grid of 23 mm columns from the left margin. Body text
 * starts one column in (43 mm from the paper's edge) and runs at most 157 mm; headings, the title and the header's
 * sender hang at the 20 mm margin; the header's document fields (name, date, diary number, marking) start 92 mm
 * from the left margin, with the page number "1 (7)" at the right edge.
 *
 * Word measures tab stops from the page's text margin, so the page's left margin is the body column (43 mm) and
 * what hangs at 20 mm is indented by −COLUMN.
 */

const mm = (value: number): number => Math.round((value * 1440) / 25.4)

export const PAGE_WIDTH = 11906
export const PAGE_HEIGHT = 16838
/** One column of the SFS grid: 23 mm. */
export const COLUMN = mm(23)
export const MARGIN_LEFT = mm(20) + COLUMN
export const MARGIN_RIGHT = mm(10)
export const MARGIN_BOTTOM = mm(20)
/** Distance from the paper's top edge to the header. */
export const HEADER_TOP = mm(10)
export const FOOTER_BOTTOM = mm(10)
/** Width of the body text: 210 − 43 − 10 = 157 mm. */
export const TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
/** The header's document fields: 92 mm from the 20 mm margin, i.e. 69 mm from the body column. */
export const FIELD_TAB = mm(92) - COLUMN
/** Indent that moves a paragraph from the body column out to the 20 mm margin. */
export const HANG = -COLUMN
/** Height of the text area when the body starts at 42 mm, as in the standard's model documents. */
export const TEXT_HEIGHT = PAGE_HEIGHT - mm(42) - MARGIN_BOTTOM

/** The top margin for a header of `lines` lines (9 pt, 11 pt leading): the body starts below it, never above 42 mm. */
export function topMargin(lines: number): number {
  return Math.max(mm(42), HEADER_TOP + lines * 220 + mm(8))
}
