/**
 * Nothing an official put in the notes is dropped: text kept in attributes (a mention's label, an image's
 * alternative text), text of nodes the exporter does not know, and superscript, subscript and highlight marks as
 * Word's own formatting.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { exportReport } from '../../../src/main/export'
import { docxParts, paragraphs, textOf } from './docx-helpers'
import { p, reportWithNotes, t } from './notes-fixtures'

describe('nothing in the notes is dropped', () => {
  let xml: string
  const paragraphWith = (text: string) => paragraphs(xml).find((x) => textOf(x).includes(text)) ?? ''

  beforeAll(async () => {
    const report = reportWithNotes([
      [
        p(t('Vastuu: '), { type: 'mention', attrs: { id: 'u-17', label: 'Maija Virtanen' } }, t(' hoitaa.')),
        p({ type: 'mention', attrs: { id: 'VM' } }),
        {
          type: 'image',
          attrs: { src: 'data:image/png;base64,AAAA', alt: 'Kaavio: palvelut verkossa 2021–2030' }
        },
        p(
          t('Ennen kuvaa '),
          { type: 'image', attrs: { src: 'x.png', title: 'Logo' } },
          t(' ja sen jälkeen.')
        ),
        { type: 'callout', attrs: { label: 'Huomio: määräaika siirtyy' } },
        { type: 'details', content: [p(t('Tiivistelmän sisältö'))] },
        p(t('CO'), t('2', 'subscript'), t(' ja m'), t('3', 'superscript')),
        p(
          t('tärkeä', { type: 'highlight', attrs: { color: '#ffff00' } }),
          t(' ja '),
          t('vihreä', { type: 'highlight', attrs: { color: '#8ce99a' } })
        ),
        p(t('punainen', { type: 'textStyle', attrs: { color: '#C00000' } }))
      ]
    ])
    xml = (await docxParts(await exportReport(report)))['word/document.xml'] as string
  })

  it("writes a mention's label, or its id when it has no label", () => {
    expect(textOf(paragraphWith('Vastuu:'))).toBe('Vastuu: @Maija Virtanen hoitaa.')
    expect(textOf(xml)).toContain('@VM')
  })

  it("writes an image's alternative text (or title) where the image stood", () => {
    expect(textOf(xml)).toContain('[Kuva: Kaavio: palvelut verkossa 2021–2030]')
    expect(textOf(paragraphWith('Ennen kuvaa'))).toBe('Ennen kuvaa [Kuva: Logo] ja sen jälkeen.')
  })

  it('keeps the text and the attribute text of nodes it does not know', () => {
    expect(textOf(xml)).toContain('Huomio: määräaika siirtyy')
    expect(textOf(xml)).toContain('Tiivistelmän sisältö')
  })

  it("maps subscript, superscript and highlight to Word's formatting", () => {
    expect(paragraphWith('CO')).toMatch(/<w:vertAlign w:val="subscript"\/><\/w:rPr><w:t>2<\/w:t>/)
    expect(paragraphWith('CO')).toMatch(/<w:vertAlign w:val="superscript"\/><\/w:rPr><w:t>3<\/w:t>/)
    expect(paragraphWith('tärkeä')).toMatch(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t>tärkeä<\/w:t>/)
    expect(paragraphWith('tärkeä')).toMatch(/<w:highlight w:val="green"\/><\/w:rPr><w:t>vihreä<\/w:t>/)
    expect(paragraphWith('punainen')).toMatch(/<w:color w:val="C00000"\/><\/w:rPr><w:t>punainen<\/w:t>/)
  })
})
