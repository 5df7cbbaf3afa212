/**
 * TipTap JSON (StarterKit 3 + TableKit node names) → paragraphs and tables of the document. Unknown nodes are not
 * dropped: their children, their text or the text of their attributes is kept, so nothing an official wrote
 * disappears from the document.
 */
import type { RichDoc, RichNode } from '../../shared/richtext'
import { contentRun, headingBlock, type RenderContext } from './context'
import { safeDepth } from './depth'
import { inlineText, inlineXml } from './inline'
import { listIndent, listStart, MAX_LIST_LEVEL, type ListKind } from './numbering'
import { richTable } from './rich-table'
import { isRightToLeft } from './text'
import { para, type Block, type ParaProps } from './wml'

interface BlockOptions {
  /** Paragraph style of plain paragraphs here (Quote in a quotation, TableText in a cell). */
  style?: string
  /** Set inside list items: the list's numbering instance, kind and level. */
  list?: { id: number; kind: ListKind; level: number }
  /** Set in table cells: no headings (they would enter the navigation pane from inside a table). */
  inCell?: boolean
}

/** The blocks of a notes document. */
export function richDocBlocks(doc: RichDoc | undefined, ctx: RenderContext): Block[] {
  return safeDepth(doc?.content ?? []).flatMap((node) => blockNode(node, ctx, {}))
}

/** The blocks of one node (exported for table cells). */
export function blockNode(node: RichNode, ctx: RenderContext, options: BlockOptions): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [paragraph(node.content ?? [], ctx, options)]
    case 'heading':
      return [heading(node, ctx, options)]
    case 'bulletList':
    case 'orderedList':
      return listBlocks(node, ctx, options)
    case 'blockquote':
      return (node.content ?? []).flatMap((child) => blockNode(child, ctx, { ...options, style: 'Quote' }))
    case 'codeBlock':
      return codeBlock(node, ctx)
    case 'horizontalRule':
      return [para({ ruleBelow: true })]
    case 'table':
      return [richTable(node, ctx)]
    case 'image':
      return imageBlocks(node, ctx, options)
    case 'text':
    case 'hardBreak':
      return [paragraph([node], ctx, options)]
    default:
      // Unknown container: keep its children; unknown leaf: keep its text or its attributes' text.
      if (node.content) return node.content.flatMap((child) => blockNode(child, ctx, options))
      return inlineText([node], ctx.words.label('image')) ? [paragraph([node], ctx, options)] : []
  }
}

function paragraph(inline: RichNode[], ctx: RenderContext, options: BlockOptions): Block {
  const props: ParaProps = { style: options.style }
  if (options.list) {
    props.style = options.list.kind === 'number' ? 'ListNumber' : 'ListBullet'
    props.numbering = { id: options.list.id, level: options.list.level }
  }
  if (isRightToLeft(inlineText(inline))) props.bidi = true
  return para(props, inlineXml(inline, ctx))
}

// Notes sit under the section's Heading 1: their headings are Heading 2 or 3, never deeper than one level below
// the last heading (the accessibility checker wants heading levels in order).
function heading(node: RichNode, ctx: RenderContext, options: BlockOptions): Block {
  const inline = node.content ?? []
  if (options.inCell || options.list) return paragraph(inline, ctx, options)
  const wanted = Number(node.attrs?.level) <= 1 ? 2 : 3
  const level = Math.max(2, Math.min(wanted, ctx.lastHeading + 1))
  return headingBlock(ctx, level, inlineXml(inline, ctx), inlineText(inline, ctx.words.label('image')))
}

function listBlocks(list: RichNode, ctx: RenderContext, options: BlockOptions): Block[] {
  const kind: ListKind = list.type === 'orderedList' ? 'number' : 'bullet'
  const parent = options.list
  const level = parent ? Math.min(parent.level + 1, MAX_LIST_LEVEL) : 0
  // A nested list of the same kind continues its parent's instance (Word restarts the deeper level by itself);
  // every new top-level list, and a nested list of the other kind, is a new instance with its own start.
  const id = parent && parent.kind === kind ? parent.id : ctx.numbering.newList(kind)
  if (kind === 'number') ctx.numbering.start(id, level, listStart(list.attrs?.start))
  const here = { id, kind, level }
  return (list.content ?? []).flatMap((item) => listItem(item, ctx, here, options.style))
}

function listItem(item: RichNode, ctx: RenderContext, list: BlockOptions['list'], style?: string): Block[] {
  const blocks: Block[] = []
  let numbered = false
  for (const child of item.content ?? (item.type === 'listItem' ? [] : [item])) {
    if (child.type === 'bulletList' || child.type === 'orderedList') {
      blocks.push(...listBlocks(child, ctx, { list, style }))
    } else if (!numbered && (child.type === 'paragraph' || child.type === 'heading')) {
      blocks.push(paragraph(child.content ?? [], ctx, { list, style }))
      numbered = true
    } else {
      // Further paragraphs of the same item: indented like the item's text, without a bullet of their own.
      for (const block of blockNode(child, ctx, { style })) {
        if (block.kind === 'p')
          block.props = { ...block.props, indent: { left: listIndent(list?.level ?? 0) } }
        blocks.push(block)
      }
    }
  }
  if (!numbered) blocks.unshift(paragraph([], ctx, { list, style }))
  return blocks
}

/** An image in a paragraph of its own; its alt text as text when its bytes are not at hand. */
function imageBlocks(node: RichNode, ctx: RenderContext, options: BlockOptions): Block[] {
  const drawing = ctx.images.run(node)
  if (drawing) return [para({ style: options.style }, drawing)]
  return inlineText([node], ctx.words.label('image')) ? [paragraph([node], ctx, options)] : []
}

function codeBlock(node: RichNode, ctx: RenderContext): Block[] {
  const text = (node.content ?? []).map((n) => n.text ?? '').join('')
  return text.split(/\r?\n/).map((line) => para({ style: 'Code' }, contentRun(ctx, line)))
}
