/**
 * The notes document: TipTap/ProseMirror JSON, as the editor produces it.
 * Stored as-is; parsed loosely (unknown node types are kept, the exporter ignores what it cannot map)
 * but bounded so a hostile file cannot exhaust memory.
 */
import { z } from 'zod'

export interface RichMark {
  type: string
  attrs?: Record<string, unknown>
}

export interface RichNode {
  type: string
  attrs?: Record<string, unknown>
  content?: RichNode[]
  marks?: RichMark[]
  text?: string
}

export interface RichDoc {
  type: 'doc'
  content?: RichNode[]
}

const markSchema = z.object({
  type: z.string().max(64),
  attrs: z.record(z.string(), z.unknown()).optional()
})

export const richNodeSchema: z.ZodType<RichNode> = z.lazy(() =>
  z.object({
    type: z.string().max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(richNodeSchema).max(100_000).optional(),
    marks: z.array(markSchema).max(32).optional(),
    text: z.string().max(1_000_000).optional()
  })
)

export const richDocSchema: z.ZodType<RichDoc> = z.object({
  type: z.literal('doc'),
  content: z.array(richNodeSchema).max(100_000).optional()
})

/** An empty notes document. */
export function emptyDoc(): RichDoc {
  return { type: 'doc', content: [] }
}

const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'listItem',
  'tableCell',
  'tableHeader',
  'blockquote',
  'codeBlock'
])

/** Plain text of a notes document, blocks separated by newlines (for search and summaries). */
export function plainText(doc: RichDoc | RichNode | undefined): string {
  if (!doc) return ''
  const out: string[] = []
  const walk = (node: RichNode): void => {
    if (node.type === 'text' && node.text) out.push(node.text)
    else if (node.type === 'hardBreak') out.push('\n')
    node.content?.forEach(walk)
    if (BLOCK_TYPES.has(node.type)) out.push('\n')
  }
  walk(doc as RichNode)
  return out
    .join('')
    .replace(/\n{2,}/g, '\n')
    .trim()
}

/** A notes document of plain paragraphs, one per line of `text`. */
export function docFromText(text: string): RichDoc {
  const lines = text.split(/\r?\n/)
  return {
    type: 'doc',
    content: lines.map((line) =>
      line ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph' }
    )
  }
}
