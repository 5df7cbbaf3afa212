/**
 * Images in pasted HTML: a data: image is kept as a pending image (never its bytes in the notes), an image copied
 * within the notes keeps its asset, and Word's file:// references are dropped and counted for the notice.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import { cleanPastedHtml } from '../../../../src/renderer/src/features/editor/paste/clean-pasted-html'
import { notesExtensions } from '../../../../src/renderer/src/features/editor/notes-extensions'
import type { RichNode } from '../../../../src/shared/richtext'

const PNG_DATA =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg=='
const ASSET = `${'ab'.repeat(32)}.png`

let editor: Editor | undefined
afterEach(() => editor?.destroy())

let notices: Array<[string, unknown]> = []

function pasteIntoNote(html: string): RichNode {
  editor = new Editor({ extensions: notesExtensions, editorProps: { transformPastedHTML: cleanPastedHtml } })
  notices = []
  editor.storage.image.handlers = {
    notify: (key, values) => void notices.push([key, values]),
    askAlt: () => undefined
  }
  editor.view.pasteHTML(html, new Event('paste') as ClipboardEvent)
  return editor.getJSON() as RichNode
}
const images = (node: RichNode): RichNode[] =>
  [node, ...(node.content ?? []).flatMap(images)].filter((n) => n.type === 'image')

describe('pasted HTML with images', () => {
  it('keeps a data: image as a pending image whose bytes never enter the notes, with its alt text', () => {
    const doc = pasteIntoNote(`<p>Ennen</p><img src="${PNG_DATA}" alt="Kaavio käytöstä"><p>Jälkeen</p>`)
    const [image] = images(doc)
    expect(image?.attrs).toMatchObject({ asset: '', alt: 'Kaavio käytöstä' })
    expect(JSON.stringify(doc)).not.toContain('data:image')
    expect(image?.attrs?.['pending']).toMatch(/^p\d+$/)
  })

  it('keeps an image copied within the notes by its asset name and size', () => {
    const doc = pasteIntoNote(`<img data-asset="${ASSET}" alt="Valokuva" width="320" height="240">`)
    expect(images(doc)[0]?.attrs).toMatchObject({ asset: ASSET, alt: 'Valokuva', width: 320, height: 240 })
  })

  it("drops Word's file:// images and remote images with a notice to paste them on their own, keeping the text", () => {
    const doc = pasteIntoNote(
      '<p>Teksti</p><img src="file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" alt="clip_image001">' +
        '<img src="https://example.org/track.png"><p>Loppu</p>'
    )
    expect(images(doc)).toEqual([])
    expect(JSON.stringify(doc)).toContain('Teksti')
    expect(JSON.stringify(doc)).toContain('Loppu')
    // The notice: such images must be pasted on their own.
    expect(notices).toEqual([['wordFileImages', { count: 2 }]])
  })

  it('never keeps an image with a src the notes cannot hold (javascript:, an unknown asset name)', () => {
    const doc = pasteIntoNote('<img src="javascript:alert(1)"><img data-asset="../../secret.png" src="x">')
    expect(images(doc)).toEqual([])
  })
})
