import { beforeAll, describe, expect, it } from 'vitest'
import { exportReport } from '../../../src/main/export'
import type { RichNode } from '../../../src/shared/richtext'
import { docxParts, minimalReport, paragraphs, textOf } from './docx-helpers'

const t = (text: string, ...marks: string[]): RichNode => ({
  type: 'text',
  text,
  ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {})
})
const link = (text: string, href: string): RichNode => ({
  type: 'text',
  text,
  marks: [{ type: 'link', attrs: { href } }]
})
const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content })
const li = (...content: RichNode[]): RichNode => ({ type: 'listItem', content })
const list = (type: 'bulletList' | 'orderedList', ...items: RichNode[]): RichNode => ({
  type,
  content: items
})
const cell = (type: string, text: string, attrs: Record<string, unknown> = {}): RichNode => ({
  type,
  attrs,
  content: [p(t(text))]
})

const numPr = (para: string) => {
  const match = /<w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/>/.exec(para)
  return match ? { level: Number(match[1]), numId: Number(match[2]) } : null
}

function section(id: string, content: RichNode[]) {
  return { id, title: `Osio ${id}`, notes: { type: 'doc', content } }
}

describe('rich text notes in the document', () => {
  let xml: string
  let numbering: string
  let rels: string
  const byText = (text: string) => paragraphs(xml).find((para) => textOf(para) === text) ?? ''

  beforeAll(async () => {
    const report = minimalReport({
      sections: minimalReport({
        sections: [
          section('a', [
            list(
              'orderedList',
              li(p(t('A1')), list('orderedList', li(p(t('A1.1')), list('orderedList', li(p(t('A1.1.1'))))))),
              li(p(t('A2')))
            ),
            p(t('väli')),
            list('orderedList', li(p(t('B1'))), li(p(t('B2')))),
            list('bulletList', li(p(t('C1')), list('orderedList', li(p(t('C1.1')))))),
            p(
              t('lihava', 'bold'),
              t('kursiivi', 'italic'),
              t('alleviivattu', 'underline'),
              t('yliviivattu', 'strike'),
              { type: 'hardBreak' },
              t('rivi')
            ),
            p(
              link('web', 'https://valtioneuvosto.fi/'),
              link('posti', 'mailto:kirjaamo@gov.fi'),
              link('skripti', 'javascript:alert(1)'),
              link('tiedosto', 'file:///etc/passwd'),
              link('suhteellinen', '/polku'),
              link('data', 'data:text/html,<b>x</b>')
            ),
            { type: 'heading', attrs: { level: 1 }, content: [t('Väliotsikko')] },
            { type: 'blockquote', content: [p(t('Lainaus'))] },
            { type: 'codeBlock', content: [t('rivi 1\nrivi 2')] },
            { type: 'horizontalRule' },
            { type: 'mystery', content: [p(t('tuntematon solmu'))] },
            {
              type: 'table',
              content: [
                { type: 'tableRow', content: [cell('tableHeader', 'H1'), cell('tableHeader', 'H2')] },
                { type: 'tableRow', content: [cell('tableCell', 'leveä', { colspan: 2 })] }
              ]
            }
          ]),
          section('b', [list('orderedList', li(p(t('D1'))), li(p(t('D2'))))])
        ] as never
      }).sections
    })
    const parts = await docxParts(await exportReport(report))
    xml = parts['word/document.xml'] as string
    numbering = parts['word/numbering.xml'] as string
    rels = parts['word/_rels/document.xml.rels'] as string
  })

  it('nests lists to three levels within one list', () => {
    const a1 = numPr(byText('A1'))
    expect(a1?.level).toBe(0)
    expect(numPr(byText('A1.1'))).toEqual({ level: 1, numId: a1?.numId })
    expect(numPr(byText('A1.1.1'))).toEqual({ level: 2, numId: a1?.numId })
    expect(numPr(byText('A2'))).toEqual({ level: 0, numId: a1?.numId })
  })

  it('restarts numbering for each new list and each section', () => {
    const ids = ['A1', 'B1', 'C1.1', 'D1'].map((text) => numPr(byText(text))?.numId)
    expect(new Set(ids).size).toBe(4)
    expect(numPr(byText('C1.1'))?.level).toBe(1)
    for (const id of ids) {
      const num = new RegExp(`<w:num w:numId="${id}">[\\s\\S]*?</w:num>`).exec(numbering)?.[0] ?? ''
      expect(num).toContain('<w:startOverride w:val="1"/>')
    }
  })

  it('uses the list styles and decimal numbering for ordered lists, bullets for bulleted', () => {
    expect(byText('A1')).toContain('<w:pStyle w:val="ListNumber"/>')
    expect(byText('C1')).toContain('<w:pStyle w:val="ListBullet"/>')
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>')
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>')
  })

  it('maps marks to run formatting and hard breaks to line breaks', () => {
    const para = paragraphs(xml).find((x) => textOf(x).startsWith('lihava')) ?? ''
    expect(para).toMatch(/<w:b\/>[\s\S]*lihava/)
    expect(para).toMatch(/<w:i\/>[\s\S]*kursiivi/)
    expect(para).toMatch(/<w:u w:val="single"\/>[\s\S]*alleviivattu/)
    expect(para).toMatch(/<w:strike\/>[\s\S]*yliviivattu/)
    expect(para).toMatch(/<w:br\/>[\s\S]*rivi/)
  })

  it('makes hyperlinks only of http, https and mailto; other links stay as plain text', () => {
    const targets = [...rels.matchAll(/relationships\/hyperlink" Target="([^"]+)"/g)].map((m) => m[1])
    expect(targets.sort()).toEqual(['https://valtioneuvosto.fi/', 'mailto:kirjaamo@gov.fi'])
    const para = paragraphs(xml).find((x) => textOf(x).startsWith('web')) ?? ''
    expect(textOf(para)).toBe('webpostiskriptitiedostosuhteellinendata')
    expect(para.match(/<w:hyperlink /g)).toHaveLength(2)
    expect(xml).not.toContain('javascript:')
  })

  it('maps headings, quotes, code, rules and unknown nodes', () => {
    expect(byText('Väliotsikko')).toContain('<w:pStyle w:val="Heading2"/>')
    expect(byText('Lainaus')).toContain('<w:pStyle w:val="Quote"/>')
    expect(byText('rivi 1')).toContain('<w:pStyle w:val="Code"/>')
    expect(byText('rivi 2')).toContain('<w:pStyle w:val="Code"/>')
    expect(xml).toMatch(/<w:pBdr><w:bottom /)
    expect(byText('tuntematon solmu')).not.toBe('')
  })

  it('writes note tables with a repeating header row and spanned cells', () => {
    const table = (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((x) => textOf(x).includes('H1')) ?? ''
    const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g) ?? []
    expect(rows).toHaveLength(2)
    expect(rows[0]).toContain('<w:tblHeader/>')
    expect(rows[1]).not.toContain('<w:tblHeader/>')
    expect(rows[1]).toContain('<w:gridSpan w:val="2"/>')
  })
})
