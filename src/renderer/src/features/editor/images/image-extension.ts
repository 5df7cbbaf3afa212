/**
 * The image node of the notes: TipTap's Image with the attributes we store (asset name, alt text, decorative,
 * size) instead of a src, its resize handle (aspect ratio kept), Alt+← / Alt+→ to resize the selected image by
 * keyboard, Alt+Enter for its alt text, and paste and drop of image files (image-input.ts). An image without alt
 * text carries a visible note in words (image-alt-marks.ts), not only a colour.
 */
import Image from '@tiptap/extension-image'
import { NodeSelection } from '@tiptap/pm/state'
import type { Editor } from '@tiptap/core'
import type { NodeView } from '@tiptap/pm/view'
import { assetUrl } from './asset-url'
import { imageInputPlugin, type ImageHandlers } from './image-input'
import { altMarksPlugin } from './image-alt-marks'

/** The narrowest and widest an image may be shown, in CSS pixels (the exporter clamps to the text column again). */
export const MIN_IMAGE_WIDTH = 48
export const MAX_IMAGE_WIDTH = 640
const KEY_STEP = 0.1

declare module '@tiptap/core' {
  interface Storage {
    image: { handlers: ImageHandlers }
  }
}

const numberAttr = (name: 'width' | 'height') => ({
  default: null,
  parseHTML: (element: HTMLElement) => {
    const value = Number(element.getAttribute(name))
    return Number.isFinite(value) && value > 0 ? value : null
  }
})

/** Tells the image node of `editor` where notices and alt text questions go (the React side, use-notes-images). */
export function setImageHandlers(editor: Editor, handlers: ImageHandlers): void {
  editor.storage.image.handlers = handlers
}

/** Resizes the selected image by a share of its width, keeping its aspect ratio. */
export function resizeSelectedImage(editor: Editor, factor: number): boolean {
  const { selection } = editor.state
  if (!(selection instanceof NodeSelection) || selection.node.type.name !== 'image') return false
  const { width, height } = selection.node.attrs as { width: number | null; height: number | null }
  if (!width || !height) return false
  const next = Math.round(Math.min(MAX_IMAGE_WIDTH, Math.max(MIN_IMAGE_WIDTH, width * factor)))
  if (next === width) return true
  const tr = editor.state.tr.setNodeMarkup(selection.from, undefined, {
    ...selection.node.attrs,
    width: next,
    height: Math.max(1, Math.round((height * next) / width))
  })
  editor.view.dispatch(tr.setSelection(NodeSelection.create(tr.doc, selection.from)))
  return true
}

export const NotesImage = Image.extend({
  addOptions() {
    return {
      ...this.parent!(),
      inline: false,
      allowBase64: false,
      resize: {
        enabled: true,
        directions: ['bottom-right'],
        minWidth: MIN_IMAGE_WIDTH,
        alwaysPreserveAspectRatio: true
      }
    }
  },

  addStorage() {
    return { handlers: { notify: () => undefined, askAlt: () => undefined } satisfies ImageHandlers }
  },

  addAttributes() {
    return {
      asset: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-asset') ?? '',
        renderHTML: ({ asset }) => (asset ? { src: assetUrl(asset as string), 'data-asset': asset } : {})
      },
      /** A pasted image still being stored (pasted-images.ts): never its bytes, only a short id. */
      pending: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-pending'),
        renderHTML: ({ pending }) => (pending ? { 'data-pending': pending } : {})
      },
      alt: {
        default: '',
        parseHTML: (element) => element.getAttribute('alt') ?? '',
        renderHTML: ({ alt, decorative }) => ({ alt: decorative ? '' : (alt ?? '') })
      },
      decorative: {
        default: false,
        parseHTML: (element) => element.getAttribute('data-decorative') === 'true',
        renderHTML: ({ decorative }) => (decorative ? { 'data-decorative': 'true' } : {})
      },
      width: numberAttr('width'),
      height: numberAttr('height')
    }
  },

  parseHTML() {
    return [{ tag: 'img[data-asset]' }, { tag: 'img[data-pending]' }]
  },

  addNodeView() {
    const resizable = this.parent?.()
    if (!resizable) return null
    return (props) => {
      const view = resizable(props) as ReturnType<typeof resizable> & NodeView
      const update = view.update?.bind(view)
      // TipTap's resizable view sizes the image only at creation and while dragging: a size set by keyboard (or
      // undo) must reach the screen too.
      view.update = (node, decorations, inner) => {
        const kept = update ? update(node, decorations, inner) : true
        const image = (view.dom as HTMLElement).querySelector('img')
        if (kept && image && node.attrs['width'] && node.attrs['height']) {
          image.style.width = `${node.attrs['width'] as number}px`
          image.style.height = `${node.attrs['height'] as number}px`
        }
        return kept
      }
      return view
    }
  },

  addKeyboardShortcuts() {
    return {
      'Alt-ArrowRight': () => resizeSelectedImage(this.editor, 1 + KEY_STEP),
      'Alt-ArrowLeft': () => resizeSelectedImage(this.editor, 1 - KEY_STEP),
      'Alt-Enter': () => {
        const { selection } = this.editor.state
        if (!(selection instanceof NodeSelection) || selection.node.type.name !== 'image') return false
        this.storage.handlers.askAlt(selection.from)
        return true
      }
    }
  },

  addProseMirrorPlugins() {
    return [imageInputPlugin(this.editor), altMarksPlugin(this.editor)]
  }
})
