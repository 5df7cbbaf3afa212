/**
 * An image without alt text (and not marked decorative) gets a note in words right below it, which opens the alt
 * text dialog: the writer sees what is missing without relying on colour, and a screen reader reads it.
 */
import type { Editor } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import i18next from 'i18next'

function marker(editor: Editor, pos: number): HTMLElement {
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'image-alt-missing'
  button.contentEditable = 'false'
  button.textContent = `⚠ ${i18next.t('images:altMissing')}`
  button.addEventListener('mousedown', (event) => event.preventDefault())
  button.addEventListener('click', () => editor.storage.image.handlers.askAlt(pos))
  return button
}

/** The decorations: one marker after each image that lacks alt text. */
export function altMarksPlugin(editor: Editor): Plugin {
  return new Plugin({
    key: new PluginKey('notesImageAltMarks'),
    props: {
      decorations: (state) => {
        const marks: Decoration[] = []
        state.doc.descendants((node, pos) => {
          if (node.type.name !== 'image' || node.attrs['pending']) return true
          const alt = ((node.attrs['alt'] as string | null) ?? '').trim()
          if (!alt && node.attrs['decorative'] !== true) {
            marks.push(
              Decoration.widget(pos + node.nodeSize, () => marker(editor, pos), {
                key: `alt-missing-${pos}`,
                side: -1,
                ignoreSelection: true
              })
            )
          }
          return true
        })
        return DecorationSet.create(state.doc, marks)
      }
    }
  })
}
