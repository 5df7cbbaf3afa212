/**
 * The notes schema: paragraphs, bold/italic/underline/strike, bulleted and numbered lists nested to three levels,
 * safe links, simple tables and images (images/) — what the Word export maps to real Word styles. Nothing else is kept.
 */
import type { Editor } from '@tiptap/core'
import type { EditorState } from '@tiptap/pm/state'
import StarterKit from '@tiptap/starter-kit'
import { ListItem } from '@tiptap/extension-list'
import { TableKit } from '@tiptap/extension-table'
import { MAX_LIST_DEPTH, normalizeLinkHref } from '../../../../shared/notes-rules'
import { LeaveOnEscape } from './leave-on-escape'
import { NotesImage } from './images/image-extension'
import { StableNodeViews } from './stable-node-views'

/** How many lists enclose the cursor (0 outside lists). */
export function listDepth(state: EditorState): number {
  const { $from } = state.selection
  let depth = 0
  for (let level = $from.depth; level > 0; level--) {
    const name = $from.node(level).type.name
    if (name === 'bulletList' || name === 'orderedList') depth += 1
  }
  return depth
}

/** True when the list item at the cursor may go one level deeper. */
export function canIndent(editor: Editor): boolean {
  return listDepth(editor.state) < MAX_LIST_DEPTH && editor.can().sinkListItem('listItem')
}

/** Indents the list item, refusing to go past the third level. */
export function indent(editor: Editor): boolean {
  return canIndent(editor) && editor.chain().focus().sinkListItem('listItem').run()
}

const DepthLimitedListItem = ListItem.extend({
  addKeyboardShortcuts() {
    return {
      ...this.parent?.(),
      // At the deepest level Tab does nothing (rather than moving focus out of the editor mid-sentence).
      Tab: () =>
        listDepth(this.editor.state) >= MAX_LIST_DEPTH ? true : this.editor.commands.sinkListItem(this.name)
    }
  }
})

const allowedLink = (url: string) => normalizeLinkHref(url) !== null

/** The extensions of every notes editor; created once, shared by all editor instances. */
export const notesExtensions = [
  StarterKit.configure({
    heading: false,
    code: false,
    codeBlock: false,
    blockquote: false,
    horizontalRule: false,
    listItem: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      protocols: [],
      isAllowedUri: allowedLink,
      // Only text that spells out its scheme becomes a link by itself: otherwise "vm.fi/x" as the text of a pasted
      // https link would be re-linked as http://vm.fi/x.
      shouldAutoLink: (url: string) => /^(https?:\/\/|mailto:)/i.test(url) && allowedLink(url),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null }
    }
  }),
  DepthLimitedListItem,
  TableKit.configure({ table: { resizable: false } }),
  LeaveOnEscape,
  NotesImage,
  StableNodeViews
]
