/**
 * TipTap JSON (StarterKit 3 + TableKit node names) → docx paragraphs and tables. Unknown nodes are not dropped
 * silently: their text is kept as plain paragraphs, so nothing an official wrote disappears from the document.
 */
import {
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild,
  type Table,
  type TableOfContents
} from 'docx'
import type { RichDoc, RichMark, RichNode } from '../../shared/richtext'
import { Contents } from './contents'
import { safeHref } from './links'
import { BULLETS, MAX_LIST_LEVEL, NUMBERS } from './styles'
import { safeDepth } from './depth'
import { isRightToLeft, textRuns, type RunStyle } from './text'
import { richTable } from './rich-table'

export type Block = Paragraph | Table | TableOfContents

/** State shared across one document: list instances must be unique so every list restarts its numbering. */
export interface RichContext {
  nextListInstance(): number
  /** The document's Heading 1 paragraphs, for the table of contents. */
  contents: Contents
}

/** A fresh context: list instance numbers start at 1. */
export function createRichContext(): RichContext {
  let instance = 0
  return { nextListInstance: () => ++instance, contents: new Contents() }
}

interface BlockOptions {
  style?: string
  /** Set inside list items: the list's reference, instance and level. */
  list?: { reference: string; instance: number; level: number }
}

/** The blocks of a notes document. */
export function richDocBlocks(doc: RichDoc | undefined, ctx: RichContext): Block[] {
  return safeDepth(doc?.content ?? []).flatMap((node) => blockNode(node, ctx, {}))
}

/** The blocks of one node (exported for table cells). */
export function blockNode(node: RichNode, ctx: RichContext, options: BlockOptions): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [paragraph(node.content, options)]
    case 'heading':
      return [paragraph(node.content, options, headingLevel(node.attrs?.level))]
    case 'bulletList':
    case 'orderedList':
      return listBlocks(node, ctx, options)
    case 'blockquote':
      return (node.content ?? []).flatMap((child) => blockNode(child, ctx, { ...options, style: 'Quote' }))
    case 'codeBlock':
      return codeBlock(node)
    case 'horizontalRule':
      return [
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '8C8C8C', space: 1 } }
        })
      ]
    case 'table':
      return [richTable(node, ctx)]
    case 'text':
    case 'hardBreak':
      return [paragraph([node], options)]
    default:
      // Unknown container: keep its children; unknown leaf with text: keep the text.
      if (node.content) return node.content.flatMap((child) => blockNode(child, ctx, options))
      return node.text ? [paragraph([{ type: 'text', text: node.text }], options)] : []
  }
}

// Notes sit under the section's Heading 1, so their headings start at Heading 2.
function headingLevel(level: unknown): IParagraphOptions['heading'] {
  return Number(level) <= 1 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3
}

function paragraph(
  inline: RichNode[] | undefined,
  options: BlockOptions,
  heading?: IParagraphOptions['heading']
) {
  const children = inlineRuns(inline ?? [])
  const text = (inline ?? []).map((n) => n.text ?? '').join('')
  return new Paragraph({
    children,
    heading,
    style: heading ? undefined : options.list ? listStyle(options.list.reference) : options.style,
    bidirectional: isRightToLeft(text) || undefined,
    numbering: options.list
      ? { reference: options.list.reference, level: options.list.level, instance: options.list.instance }
      : undefined
  })
}

function listStyle(reference: string): string {
  return reference === NUMBERS ? 'ListNumber' : 'ListBullet'
}

function listBlocks(list: RichNode, ctx: RichContext, options: BlockOptions): Block[] {
  const reference = list.type === 'orderedList' ? NUMBERS : BULLETS
  const parent = options.list
  const level = parent ? Math.min(parent.level + 1, MAX_LIST_LEVEL) : 0
  // A nested list of the same kind continues its parent's instance (Word restarts the deeper level by itself);
  // every new top-level list, and a nested list of the other kind, is a new instance and so starts from 1.
  const instance = parent && parent.reference === reference ? parent.instance : ctx.nextListInstance()
  const here = { reference, instance, level }
  return (list.content ?? []).flatMap((item) => listItem(item, ctx, here, options.style))
}

function listItem(item: RichNode, ctx: RichContext, list: BlockOptions['list'], style?: string): Block[] {
  const blocks: Block[] = []
  let numbered = false
  for (const child of item.content ?? (item.type === 'listItem' ? [] : [item])) {
    if (child.type === 'bulletList' || child.type === 'orderedList') {
      blocks.push(...listBlocks(child, ctx, { list, style }))
    } else if (!numbered && (child.type === 'paragraph' || child.type === 'heading')) {
      blocks.push(paragraph(child.content, { list, style }))
      numbered = true
    } else {
      // Further paragraphs of the same item: indented like the item's text, without a bullet of their own.
      const left = 454 * ((list?.level ?? 0) + 1)
      for (const block of blockNode(child, ctx, { style })) {
        blocks.push(block instanceof Paragraph ? indentParagraph(child, left, style) : block)
      }
    }
  }
  if (!numbered) blocks.unshift(paragraph([], { list, style }))
  return blocks
}

function indentParagraph(node: RichNode, left: number, style?: string): Paragraph {
  return new Paragraph({ children: inlineRuns(node.content ?? []), indent: { left }, style })
}

function codeBlock(node: RichNode): Paragraph[] {
  const text = (node.content ?? []).map((n) => n.text ?? '').join('')
  return text.split(/\r?\n/).map((line) => new Paragraph({ style: 'Code', children: textRuns(line) }))
}

/** Runs of inline nodes: marks become run formatting; link marks become hyperlinks when their scheme is allowed. */
export function inlineRuns(nodes: RichNode[]): ParagraphChild[] {
  const out: ParagraphChild[] = []
  // Adjacent text nodes with the same link make one hyperlink, as the editor shows them.
  const pending: { href?: string; runs: TextRun[] } = { runs: [] }
  const flush = (): void => {
    if (pending.href) out.push(new ExternalHyperlink({ link: pending.href, children: pending.runs }))
    pending.href = undefined
    pending.runs = []
  }
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      flush()
      out.push(new TextRun({ break: 1 }))
    } else if (node.type !== 'text') {
      flush()
      out.push(...inlineRuns(node.content ?? (node.text ? [{ type: 'text', text: node.text }] : [])))
    } else {
      const href = safeHref(node.marks?.find((m) => m.type === 'link')?.attrs?.href)
      const runs = textRuns(node.text ?? '', runStyle(node.marks ?? [], href !== null))
      if (href !== pending.href) flush()
      if (href === null) out.push(...runs)
      else {
        pending.href = href
        pending.runs.push(...runs)
      }
    }
  }
  flush()
  return out
}

function runStyle(marks: RichMark[], isLink: boolean): RunStyle {
  const has = (type: string) => marks.some((m) => m.type === type)
  return {
    bold: has('bold') || undefined,
    italics: has('italic') || undefined,
    underline: has('underline') ? {} : undefined,
    strike: has('strike') || undefined,
    font: has('code') ? 'Consolas' : undefined,
    style: isLink ? 'Hyperlink' : undefined
  }
}
