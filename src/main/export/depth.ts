/**
 * A guard against notes nested deeper than any editor makes them (a hostile or broken file can nest thousands of
 * levels): the mapping to Word is recursive, so such notes are flattened to plain paragraphs first, without
 * recursion, keeping every word.
 */
import type { RichNode } from '../../shared/richtext'
import { attributeText } from './inline'

/** Deeper than TipTap produces (lists nest to a handful of levels) yet far from the stack's limit. */
export const MAX_DEPTH = 40

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'tableHeader', 'codeBlock'])

/** The nodes as they are, or, when any is nested deeper than MAX_DEPTH, one plain paragraph per text block. */
export function safeDepth(nodes: RichNode[]): RichNode[] {
  // Two parallel stacks rather than a pair per node: this walks every node of a large report.
  const stack: RichNode[] = [...nodes]
  const depths: number[] = nodes.map(() => 1)
  let tooDeep = false
  while (stack.length > 0 && !tooDeep) {
    const node = stack.pop() as RichNode
    const depth = depths.pop() as number
    if (depth > MAX_DEPTH) tooDeep = true
    const children = node.content
    if (children) {
      for (const child of children) {
        stack.push(child)
        depths.push(depth + 1)
      }
    }
  }
  return tooDeep ? flatten(nodes) : nodes
}

function flatten(nodes: RichNode[]): RichNode[] {
  const paragraphs: string[] = []
  let current = ''
  // Depth-first, in document order, with an explicit stack; a marker closes a block after its children.
  const stack: (RichNode | 'end')[] = [...nodes].reverse()
  while (stack.length > 0) {
    const item = stack.pop() as RichNode | 'end'
    if (item === 'end') {
      if (current) paragraphs.push(current)
      current = ''
      continue
    }
    if (item.type === 'text' && item.text) current += item.text
    else if (item.type === 'hardBreak') current += '\n'
    else if (!item.content) current += item.text ?? attributeText(item, '')
    if (BLOCKS.has(item.type)) stack.push('end')
    for (const child of [...(item.content ?? [])].reverse()) stack.push(child)
  }
  if (current) paragraphs.push(current)
  return paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }))
}

/** True when the nodes hold any text (iteratively, whatever their depth). */
export function hasText(nodes: RichNode[]): boolean {
  const stack = [...nodes]
  while (stack.length > 0) {
    const node = stack.pop() as RichNode
    if (node.type === 'text' && node.text && node.text.trim()) return true
    // A screenshot alone is content: the section must not be left out as empty.
    if (node.type === 'image') return true
    for (const child of node.content ?? []) stack.push(child)
  }
  return false
}
