/**
 * Pasting into the notes: what the cleaner leaves of Word's and web pages' HTML, and what then lands in the note
 * (the real notes schema, pasted through ProseMirror's own clipboard path).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import { cleanPastedHtml } from '../../../../src/renderer/src/features/editor/paste/clean-pasted-html'
import { notesExtensions } from '../../../../src/renderer/src/features/editor/notes-extensions'
import type { RichNode } from '../../../../src/shared/richtext'
// Vite reads the fixture as text (the renderer's tsconfig has no Node types).
import wordHtml from '../../../fixtures/paste/word-lists.html?raw'

/** Squeezes whitespace so assertions read the structure, not Word's line wrapping. */
const squeeze = (html: string) => html.replace(/\s+/g, ' ').replace(/> </g, '><').trim()

let editor: Editor | undefined
afterEach(() => editor?.destroy())

/** Pastes `html` into an empty notes editor as the app's NotesEditor does; returns the note's document. */
function pasteIntoNote(html: string): RichNode {
  editor = new Editor({ extensions: notesExtensions, editorProps: { transformPastedHTML: cleanPastedHtml } })
  // jsdom has no ClipboardEvent; ProseMirror only hands the event on to paste handlers.
  editor.view.pasteHTML(html, new Event('paste') as ClipboardEvent)
  return editor.getJSON() as RichNode
}

/** Every node of a document, depth first. */
const nodes = (node: RichNode): RichNode[] => [node, ...(node.content ?? []).flatMap(nodes)]
const textOf = (node: RichNode) =>
  nodes(node)
    .map((n) => n.text ?? '')
    .join('')

describe('probes that leaked through the regex cleaner', () => {
  const quotedGt = '<p>Katso <a title="x>y" href="javascript:alert(1)">tästä</a> lisää.</p>'

  it('reads a ">" inside a quoted attribute as the browser does: nothing of the attributes reaches the note', () => {
    expect(squeeze(cleanPastedHtml(quotedGt))).toBe('<p>Katso tästä lisää.</p>')
    const note = pasteIntoNote(quotedGt)
    expect(textOf(note)).toBe('Katso tästä lisää.')
    expect(JSON.stringify(note)).not.toMatch(/javascript|href|title|y"/)
  })

  it('drops a nested <svg> whole, leaving no stray tag', () => {
    const html = '<p>ennen<svg><svg><circle r="1"/></svg><text>x</text><style>p{}</style></svg>jälkeen</p>'
    expect(squeeze(cleanPastedHtml(html))).toBe('<p>ennenjälkeen</p>')
    expect(textOf(pasteIntoNote(html))).toBe('ennenjälkeen')
  })
})

describe('Word clipboard HTML', () => {
  const cleaned = squeeze(cleanPastedHtml(wordHtml))

  it('turns mso-list paragraphs into a real bulleted list nested three levels deep', () => {
    expect(cleaned).toContain(
      '<ul><li><p>Eettiset periaatteet lausunnolla</p>' +
        '<ul><li><p>Lausuntoaika päättyy <i>15.11.2021</i></p>' +
        '<ul><li><p>Vastaukset VM:lle</p></li></ul></li></ul></li>' +
        '<li><p>Lisätietoja:'
    )
  })

  it('turns a numbered Word list into an ordered list and keeps it apart from the bulleted one', () => {
    expect(cleaned).toMatch(/<ol><li><p>Ensimmäinen päätös<\/p><\/li><li><p>Toinen päätös<\/p><\/li><\/ol>/)
    expect(cleaned.indexOf('</ul>')).toBeLessThan(cleaned.indexOf('<ol>'))
  })

  it('drops the bullet characters, styles, classes, comments and Office tags', () => {
    expect(cleaned).not.toMatch(/style=|class=|mso-|<o:p|<!--|<!\[|supportLists|<span|<meta|<style/i)
    expect(cleaned).not.toContain('·')
    expect(cleaned).toContain('<p><b>Tekoäly</b> julkisissa palveluissa:')
  })

  it('keeps an https link and reduces a javascript: link to its text', () => {
    expect(cleaned).toContain('<a href="https://vm.fi/tekoaly">vm.fi/tekoaly</a> ja tästä</p>')
    expect(cleaned).not.toContain('javascript')
  })

  it('lands in the note as nested bullet lists three deep and a numbered list', () => {
    const note = pasteIntoNote(wordHtml)
    const types = nodes(note).map((n) => n.type)
    const deepest = nodes(note).find(
      (n) => n.type === 'bulletList' && nodes(n).filter((m) => m.type === 'bulletList').length === 3
    )
    expect(deepest).toBeDefined()
    expect(types).toContain('orderedList')
    expect(textOf(note)).toContain('Vastaukset VM:lle')
    expect(textOf(note)).not.toContain('·')
    const links = nodes(note)
      .flatMap((n) => n.marks ?? [])
      .filter((mark) => mark.type === 'link')
    expect(links.map((mark) => mark.attrs?.href)).toEqual(['https://vm.fi/tekoaly'])
  })
})

describe('Word lists', () => {
  const item = (level: number, marker: string, text: string) =>
    `<p class=MsoListParagraph style='mso-list:l0 level${level} lfo1'><![if !supportLists]><span style='mso-list:Ignore'>${marker}</span><![endif]>${text}</p>`

  it('never nests deeper than three levels, and never skips a level', () => {
    const html = item(1, '·', 'a') + item(3, 'o', 'b') + item(5, '§', 'c')
    expect(squeeze(cleanPastedHtml(html))).toBe(
      '<ul><li><p>a</p><ul><li><p>b</p><ul><li><p>c</p></li></ul></li></ul></li></ul>'
    )
  })

  it('leaves ordinary paragraphs as they are, and a paragraph between two list runs splits them', () => {
    const html = item(1, '1.', 'a') + '<p>väli</p>' + item(1, 'a)', 'b')
    expect(squeeze(cleanPastedHtml(html))).toBe(
      '<ol><li><p>a</p></li></ol><p>väli</p><ol><li><p>b</p></li></ol>'
    )
  })

  it('finds the marker in a span styled mso-list:Ignore when the conditional comments are missing', () => {
    const html = `<p style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>2.</span>kaksi</p>`
    expect(squeeze(cleanPastedHtml(html))).toBe('<ol><li><p>kaksi</p></li></ol>')
  })
})

describe('web pages', () => {
  it('keeps nested lists and tables but drops scripts, event handlers and unsafe links', () => {
    const html =
      '<div class="article" onclick="steal()"><script>alert(1)</script><ul><li>yksi<ul><li>kaksi</li></ul></li></ul>' +
      '<table style="width:100%"><tr><th>Mittari</th><td colspan="2" onmouseover="x()">72 %</td></tr></table>' +
      '<a href="data:text/html;base64,PHNjcmlwdD4=">data</a> <a href="java&#x09;script:alert(1)">tab</a></div>'
    expect(squeeze(cleanPastedHtml(html))).toBe(
      '<div><ul><li>yksi<ul><li>kaksi</li></ul></li></ul>' +
        '<table><tbody><tr><th>Mittari</th><td colspan="2">72 %</td></tr></tbody></table>data tab</div>'
    )
  })

  it('keeps only whole numbers in colspan, rowspan and start', () => {
    const html =
      '<ol start="3"><li>c</li></ol><table><tr><td colspan="2&quot; onclick=&quot;x">x</td></tr></table>'
    expect(squeeze(cleanPastedHtml(html))).toBe(
      '<ol start="3"><li>c</li></ol><table><tbody><tr><td>x</td></tr></tbody></table>'
    )
  })

  it('keeps text that looks like markup as text', () => {
    const html = '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; 5 &gt; 3</p>'
    expect(cleanPastedHtml(html)).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; 5 &gt; 3</p>')
    expect(textOf(pasteIntoNote(html))).toBe('<script>alert(1)</script> & 5 > 3')
  })
})
