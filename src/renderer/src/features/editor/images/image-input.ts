/**
 * Images coming into the notes: files pasted (a screenshot arrives as an image/png file) or dropped, and data:
 * images inside pasted HTML (set aside by the paste cleaning, here stored and swapped in). Each is prepared in the
 * renderer (prepare-image.ts), stored by main (images.add) and only then inserted, by asset name. A refused image
 * is named in a notice and nothing else of the paste or the notes is lost.
 */
import type { Editor } from '@tiptap/core'
import type { Node as PmNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { api, ApiError, unwrap } from '../../../api'
import { fittedSize } from '../../../../../shared/images'
import { takePendingImage, takeUnreadableImageCount } from '../paste/pasted-images'
import { blobFromDataUrl, ImageRefused, prepareImage } from './prepare-image'

/** What the user is told, as a key of the images namespace. */
export type ImageMessageKey =
  | 'refused.empty'
  | 'refused.unreadable'
  | 'refused.too_large'
  | 'refused.readOnly'
  | 'refused.failed'
  | 'wordFileImages'

export interface ImageHandlers {
  notify(key: ImageMessageKey, values?: { name?: string; count?: number }): void
  /** Asks for the alt text of the image at `pos`. */
  askAlt(pos: number): void
}

/** Width the editor shows a new image at (its own pixels, at most this). */
const DEFAULT_MAX_WIDTH = 640

function problemKey(error: unknown): ImageMessageKey {
  if (error instanceof ImageRefused) return `refused.${error.problem}`
  if (error instanceof ApiError) {
    if (error.error.code === 'read_only') return 'refused.readOnly'
    if (error.error.code === 'invalid_image') {
      const detail = error.error.detail ?? ''
      return detail === 'empty' || detail === 'too_large' ? `refused.${detail}` : 'refused.unreadable'
    }
  }
  return 'refused.failed'
}

/** Prepares and stores one image; the attributes of its node. */
async function storeImage(blob: Blob): Promise<{ asset: string; width: number; height: number }> {
  const prepared = await prepareImage(blob)
  const added = await unwrap(api.images.add({ data: prepared.data }))
  return { asset: added.asset, ...fittedSize(added.width, added.height, DEFAULT_MAX_WIDTH) }
}

const handlersOf = (editor: Editor) => editor.storage.image.handlers

/** Stores and inserts image files at `pos` (the selection when undefined), one after another. */
export async function addImageFiles(editor: Editor, files: File[], pos?: number): Promise<void> {
  let at = pos
  for (const file of files) {
    try {
      const attrs = await storeImage(file)
      if (editor.isDestroyed) return
      const where = Math.min(at ?? editor.state.selection.from, editor.state.doc.content.size)
      const node = editor.schema.nodes['image']?.create(attrs)
      if (!node) return
      editor.view.dispatch(editor.state.tr.insert(where, node))
      const inserted = findImage(editor.state.doc, (n) => n === node) ?? where
      at = inserted + node.nodeSize
      handlersOf(editor).askAlt(inserted)
    } catch (error) {
      handlersOf(editor).notify(problemKey(error), { name: file.name })
    }
  }
}

function findImage(doc: PmNode, match: (node: PmNode) => boolean): number | undefined {
  let found: number | undefined
  doc.descendants((node, pos) => {
    if (found !== undefined) return false
    if (node.type.name === 'image' && match(node)) found = pos
    return true
  })
  return found
}

/** Stores an image pasted inside HTML and puts its asset name in place of the pending id (or removes it). */
async function resolvePending(editor: Editor, id: string): Promise<void> {
  const url = takePendingImage(id)
  const blob = url ? blobFromDataUrl(url) : null
  let attrs: { asset: string; width: number; height: number } | undefined
  try {
    if (!blob) throw new ImageRefused('unreadable')
    attrs = await storeImage(blob)
  } catch (error) {
    handlersOf(editor).notify(problemKey(error))
  }
  if (editor.isDestroyed) return
  const pos = findImage(editor.state.doc, (node) => node.attrs['pending'] === id)
  if (pos === undefined) return
  const node = editor.state.doc.nodeAt(pos) as PmNode
  const tr = attrs
    ? editor.state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...attrs, pending: null })
    : editor.state.tr.delete(pos, pos + node.nodeSize)
  editor.view.dispatch(tr.setMeta('addToHistory', false))
  if (attrs && !(node.attrs['alt'] as string)) handlersOf(editor).askAlt(pos)
}

const imageFiles = (list: FileList | null | undefined): File[] =>
  [...(list ?? [])].filter((file) => file.type.startsWith('image/') || file.type === '')

/** Paste, drop and pending images of one editor. */
export function imageInputPlugin(editor: Editor): Plugin {
  const started = new Set<string>()
  return new Plugin({
    key: new PluginKey('notesImageInput'),
    props: {
      handlePaste: (_view, event) => {
        const files = imageFiles(event.clipboardData?.files)
        const text = event.clipboardData?.getData('text/plain') ?? ''
        // A screenshot, or one image copied on its own (Word also offers HTML with a file:// reference then).
        if (files.length > 0 && text.trim() === '') {
          takeUnreadableImageCount()
          event.preventDefault()
          void addImageFiles(editor, files)
          return true
        }
        const count = takeUnreadableImageCount()
        if (count > 0) handlersOf(editor).notify('wordFileImages', { count })
        return false
      },
      handleDrop: (view: EditorView, event: DragEvent) => {
        const files = imageFiles(event.dataTransfer?.files)
        if (files.length === 0) return false
        event.preventDefault()
        const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos
        void addImageFiles(editor, files, pos)
        return true
      }
    },
    view: () => ({
      update: (view) => {
        view.state.doc.descendants((node) => {
          const id = node.type.name === 'image' ? (node.attrs['pending'] as string | null) : null
          if (id && !started.has(id)) {
            started.add(id)
            void resolvePending(editor, id)
          }
          return true
        })
      }
    })
  })
}
