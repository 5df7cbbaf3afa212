/**
 * The table of contents. A TOC field over Heading 1 whose entries are written in advance, each a link to a bookmark
 * on its heading, with no page numbers and nothing marked dirty: LibreOffice shows the entries as they are, and Word
 * opens the file without asking to update fields (its "Update table" adds page numbers). Laying the pages out to
 * write the numbers (docx/layout) cost 4–20 × the whole export — see docs/template-authoring.md.
 */
import { Bookmark, HeadingLevel, LeaderType, Paragraph, TableOfContents } from 'docx'
import type { Block } from './richtext'
import { textRuns } from './text'

export interface ContentsEntry {
  title: string
  anchor: string
}

/** Collects the document's Heading 1 paragraphs as they are made. */
export class Contents {
  readonly entries: ContentsEntry[] = []

  /** A Heading 1 paragraph with a bookmark the contents entry links to. */
  heading1(title: string): Paragraph {
    // "_Toc" bookmarks are hidden in Word's bookmark list, as Word's own table of contents makes them.
    const anchor = `_Toc${this.entries.length + 1}`
    this.entries.push({ title, anchor })
    return new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [new Bookmark({ id: anchor, children: textRuns(title) })]
    })
  }
}

/** The "Contents" label and the TOC field with the collected entries. */
export function contentsBlocks(label: string, contents: Contents): Block[] {
  if (contents.entries.length === 0) return []
  return [
    new Paragraph({ style: 'BlockHeading', keepNext: true, children: textRuns(label) }),
    new TableOfContents(label, {
      hyperlink: true,
      headingStyleRange: '1-1',
      beginDirty: false,
      // No page numbers are written, so no dot leaders running to nothing.
      tabLeader: LeaderType.NONE,
      cachedEntries: contents.entries.map((e) => ({ title: e.title, level: 1, href: e.anchor }))
    })
  ]
}
