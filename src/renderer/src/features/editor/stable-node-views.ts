/**
 * Draw the notes once, not twice. TipTap's EditorContent, once mounted, gives the editor its node views again —
 * freshly made functions, for React node views that need the mounted component to render into. ProseMirror sees
 * new functions and redraws the whole document: every section opened drew its notes twice (for a 500-word
 * section, a good share of opening it). The notes have no React node views (the image and table views are plain
 * DOM, and the editor is created with them), so that second setting changes nothing but the cost: skip it.
 */
import { Extension } from '@tiptap/core'

export const StableNodeViews = Extension.create({
  name: 'stableNodeViews',
  onBeforeCreate() {
    this.editor.createNodeViews = () => undefined
  }
})
