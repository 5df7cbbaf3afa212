/**
 * Numbered lists keep their start: numbered decisions "4.–6." must not become "1.–3.". The editor gives an ordered
 * list `attrs.start` both when the official types "4. " (TipTap's input rule) and when a list is pasted as
 * <ol start="4"> (its HTML parsing); both shapes are here.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { exportReport } from '../../../src/main/export'
import { docxParts, paragraphs, textOf } from './docx-helpers'
import { li, ol, p, reportWithNotes, t } from './notes-fixtures'

const numPr = (para: string) => {
  const match = /<w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/>/.exec(para)
  return match ? { level: Number(match[1]), numId: Number(match[2]) } : null
}

describe('numbered lists in the document', () => {
  let xml: string
  let numbering: string
  const startOf = (text: string, level = 0): number | undefined => {
    const para = paragraphs(xml).find((x) => textOf(x) === text) ?? ''
    const id = numPr(para)?.numId
    const num = new RegExp(`<w:num w:numId="${id}">[\\s\\S]*?</w:num>`).exec(numbering)?.[0] ?? ''
    const override = new RegExp(`<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="(\\d+)"/>`).exec(
      num
    )
    return override ? Number(override[1]) : undefined
  }

  beforeAll(async () => {
    const report = reportWithNotes([
      [
        // Typed "4. " in the editor: TipTap's input rule makes { start: 4, type: null }.
        ol({ start: 4, type: null }, li(p(t('neljäs'))), li(p(t('viides')))),
        p(t('väli')),
        // Pasted <ol start="7">: parsed from HTML, as a number.
        ol({ start: 7 }, li(p(t('seitsemäs')), ol({ start: 3 }, li(p(t('sisempi kolmas')))))),
        ol({}, li(p(t('ensimmäinen'))))
      ]
    ])
    const parts = await docxParts(await exportReport(report))
    xml = parts['word/document.xml'] as string
    numbering = parts['word/numbering.xml'] as string
  })

  it('starts a list typed as "4. " at 4', () => {
    expect(startOf('neljäs')).toBe(4)
    expect(numPr(paragraphs(xml).find((x) => textOf(x) === 'viides') ?? '')?.numId).toBe(
      numPr(paragraphs(xml).find((x) => textOf(x) === 'neljäs') ?? '')?.numId
    )
  })

  it('starts a pasted <ol start="7"> at 7, and a nested list at its own start', () => {
    expect(startOf('seitsemäs')).toBe(7)
    expect(startOf('sisempi kolmas', 1)).toBe(3)
  })

  it('starts a list without a start at 1', () => {
    expect(startOf('ensimmäinen')).toBe(1)
  })

  it('writes list levels that Word does not treat as unused (no w:tentative)', () => {
    expect(numbering).toContain('<w:lvl w:ilvl="0">')
    expect(numbering).not.toContain('w:tentative')
  })
})
