/**
 * Golden words for Swedish and English (Hunspell in WebAssembly with dictionary-sv and dictionary-en-gb, from the
 * committed build): correct words of a situation report pass, typos are flagged with the right correction.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { checkParagraph } from '../../../src/renderer/src/spell/check-paragraph'
import type { SpellEngine } from '../../../src/renderer/src/spell/types'
import { engineFor } from './assets'

describe('Swedish', () => {
  let sv: SpellEngine
  beforeAll(async () => {
    sv = await engineFor('sv')
  })

  it('accepts the words of a Finnish government situation report', () => {
    const correct = [
      'lägesbild',
      'lägesbilden',
      'regeringen',
      'finansministeriet',
      'statsrådets',
      'digitalisering',
      'cybersäkerhet',
      'välfärdsområdena',
      'dataskyddsförordningen',
      'EU-kommissionen',
      'EU:s',
      'Traficom',
      'tilannekuva'
    ]
    expect(sv.check(correct)).toEqual([])
  })

  it('flags "regerinen" and suggests "regeringen"', () => {
    expect(sv.check(['regerinen', 'regeringen'])).toEqual(['regerinen'])
    expect(sv.suggest('regerinen')[0]).toBe('regeringen')
  })

  it('checks a paragraph with abbreviations', () => {
    const text = 'Regerinen behandlar bl.a. lägesbilden, t.ex. för DVV och VM, i mötet 12.3.2026.'
    expect(checkParagraph(sv, text)).toEqual([{ start: 0, end: 9, word: 'Regerinen' }])
  })
})

describe('English', () => {
  let en: SpellEngine
  beforeAll(async () => {
    en = await engineFor('en')
  })

  it('accepts British spelling and the domain words the dictionary lacks', () => {
    const correct = [
      'organisation',
      'prioritise',
      'ministry',
      "ministry's",
      'Ministry',
      'e-mail',
      'interoperability',
      'stakeholders',
      'digitalisation',
      'Digitalisation',
      'cybersecurity',
      'roadmap',
      'tilannekuva'
    ]
    expect(en.check(correct)).toEqual([])
  })

  it('flags misspellings and suggests the intended word first', () => {
    const cases: Array<[string, string]> = [
      ['recieve', 'receive'],
      ['goverment', 'government'],
      ['occured', 'occurred'],
      ['accomodation', 'accommodation']
    ]
    expect(en.check(cases.map(([typo]) => typo))).toEqual(cases.map(([typo]) => typo))
    for (const [typo, intended] of cases) expect(en.suggest(typo)[0], typo).toBe(intended)
  })

  it('takes typographic apostrophes and abbreviations with their full stop', () => {
    const text = 'The ministry’s plan covers data, cloud services etc. and the goverment’s roadmap.'
    const start = text.indexOf('goverment’s')
    expect(checkParagraph(en, text)).toEqual([{ start, end: start + 11, word: 'goverment’s' }])
  })

  it('accepts a word once the user adds it', async () => {
    const engine = await engineFor('en')
    expect(engine.check(['Valtioneuvosto'])).toEqual(['Valtioneuvosto'])
    engine.addWord('Valtioneuvosto')
    expect(engine.check(['Valtioneuvosto'])).toEqual([])
  })
})
