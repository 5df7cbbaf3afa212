/**
 * The table of contents. A TOC field whose entries are written in advance from the Heading 1 paragraphs, each a link
 * to a bookmark on its heading, and written "clean" (not dirty): LibreOffice shows the entries as they are, and Word
 * shows them without first asking to update the document's fields. Page numbers are left for Word's "Update table"
 * — see docs/template-authoring.md ("Table of contents") for the measurement behind this choice.
 */
import { LeaderType, Paragraph, TableOfContents } from 'docx'
import type { Block } from './richtext'
import { textRuns } from './text'

/** The "Contents" label and the TOC field over Heading 1. */
export function contentsBlocks(label: string): Block[] {
  return [
    new Paragraph({ style: 'BlockHeading', keepNext: true, children: textRuns(label) }),
    new TableOfContents(label, {
      hyperlink: true,
      headingStyleRange: '1-1',
      beginDirty: false,
      // No page numbers are written, so no dots leading to nothing; Word's "Update table" adds the numbers.
      tabLeader: LeaderType.NONE
    })
  ]
}
