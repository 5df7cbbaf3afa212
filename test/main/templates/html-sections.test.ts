/** @vitest-environment node */
import { describe, expect, it } from 'vitest'
import { sectionsFromHtml } from '../../../src/main/templates/html-sections'

describe('sectionsFromHtml', () => {
  it('splits at h1 and h2 only and decodes entities', () => {
    const html =
      '<h1>A &amp; B</h1><p>One</p><h3>Sub</h3><p>Two&#160;&#x263A;</p><h2>C</h2><p><strong>Bold</strong> text</p>'
    expect(sectionsFromHtml(html)).toEqual([
      { title: 'A & B', guidance: 'One\nSub\nTwo ☺' },
      { title: 'C', guidance: 'Bold text' }
    ])
  })

  it('skips empty headings and returns nothing for a document without headings', () => {
    expect(sectionsFromHtml('<h1> </h1><p>Text</p>')).toEqual([])
    expect(sectionsFromHtml('<p>Only text</p>')).toEqual([])
  })

  it('cuts overlong titles and guidance to what the schemas allow', () => {
    const [section] = sectionsFromHtml(`<h1>${'x'.repeat(400)}</h1><p>${'y'.repeat(5000)}</p>`)
    expect(section!.title).toHaveLength(300)
    expect(section!.guidance).toHaveLength(4000)
  })

  it('keeps line breaks inside a paragraph as lines of guidance', () => {
    expect(sectionsFromHtml('<h2>T</h2><p>first<br />second</p>')[0]!.guidance).toBe('first\nsecond')
  })
})
