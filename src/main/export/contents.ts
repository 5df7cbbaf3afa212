/**
 * The table of contents (an export option, off by default): Heading 1–3, each entry a link to its heading's
 * bookmark with a PAGEREF field for its page number, so it never reaches paper without numbers:
 * - LibreOffice lays PAGEREF fields out itself and prints the numbers;
 * - Word fills them when the file opens: the document asks it to update its fields (settings: w:updateFields), and
 *   Word first asks whether to update fields that "may refer to other files" — the export dialog's help says to
 *   answer Yes (they refer only to the document's own headings; F9 updates them later).
 * The entries are not inside a TOC field: LibreOffice shows a TOC field's entries as plain text and drops the page
 * numbers in them. Why not numbers computed here: docs/template-authoring.md, "Table of contents".
 */
import type { ContentsEntry } from './context'
import { paragraphXml, run } from './wml'

const pageReference = (anchor: string): string =>
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
  `<w:r><w:instrText xml:space="preserve"> PAGEREF ${anchor} \\h </w:instrText></w:r>` +
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
  '<w:r><w:fldChar w:fldCharType="end"/></w:r>'

/** The XML of the table of contents with `label` as its heading; '' when there are no entries. */
export function contentsXml(label: string, entries: ContentsEntry[]): string {
  if (entries.length === 0) return ''
  let xml = paragraphXml({ style: 'TOCHeading' }, run(label))
  for (const entry of entries) {
    const link =
      `<w:hyperlink w:anchor="${entry.anchor}" w:history="1">` +
      run(entry.text, {}, false) +
      '<w:r><w:tab/></w:r>' +
      pageReference(entry.anchor) +
      '</w:hyperlink>'
    xml += paragraphXml({ style: `TOC${entry.level}` }, link)
  }
  return xml
}
