/** While a plain field's text changes, an older answer keeps only the underlines that are still under their words. */
import { describe, expect, it } from 'vitest'
import { carryOver } from '../../../../src/renderer/src/features/editor/spell/field-spelling'

const checked = {
  text: 'Asia kokouksesa ja ministeriöö.',
  language: 'fi' as const,
  misspellings: [
    { start: 5, end: 15, word: 'kokouksesa' },
    { start: 19, end: 30, word: 'ministeriöö' }
  ]
}
const words = (text: string) => carryOver(checked, text).map((m) => text.slice(m.start, m.end))

describe('carryOver', () => {
  it('keeps the underlines before and after an edit, moved with the text', () => {
    expect(words('Asia kokouksesa sekä ministeriöö.')).toEqual(['kokouksesa', 'ministeriöö'])
    expect(words('Uusi asia kokouksesa ja ministeriöö.')).toEqual(['kokouksesa', 'ministeriöö'])
  })

  it('drops the underline of a word being typed on, until it is checked again', () => {
    expect(words('Asia kokouksessa ja ministeriöö.')).toEqual(['ministeriöö'])
    expect(words('Asia kokouksesa ja ministeriö.')).toEqual(['kokouksesa'])
  })
})
