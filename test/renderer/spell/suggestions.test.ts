import { describe, expect, it } from 'vitest'
import { differsByDoubling, preferDoubledLetters } from '../../../src/renderer/src/spell/suggestions'

describe('Finnish suggestion order', () => {
  it('puts a correction that doubles or undoubles one letter first, keeping the rest in order', () => {
    expect(
      preferDoubledLetters('kokouksesa', ['kokouksensa', 'kokouksesi', 'kokouksessa', 'kokouksesta'])
    ).toEqual(['kokouksessa', 'kokouksensa', 'kokouksesi', 'kokouksesta'])
    expect(preferDoubledLetters('tuloksset', ['tulokset', 'tuloksiset'])).toEqual(['tulokset', 'tuloksiset'])
  })

  it('leaves the order alone when no correction is a doubling', () => {
    expect(preferDoubledLetters('talo', ['tali', 'tala'])).toEqual(['tali', 'tala'])
  })

  it('tells a doubling from any other one-letter insertion', () => {
    expect(differsByDoubling('kokouksesa', 'kokouksessa')).toBe(true)
    expect(differsByDoubling('tuli', 'tulli')).toBe(true)
    expect(differsByDoubling('kokouksesa', 'kokouksensa')).toBe(false)
    expect(differsByDoubling('tuli', 'tuli')).toBe(false)
    expect(differsByDoubling('tuli', 'tuuli')).toBe(true)
    expect(differsByDoubling('tuli', 'tulia')).toBe(false)
  })
})
