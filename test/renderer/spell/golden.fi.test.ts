/**
 * Golden words for Finnish (Voikko with voikko-fi, from the committed WebAssembly build): what an official
 * writing a situation report would notice — correct words pass, typos are flagged with the right correction.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { checkParagraph } from '../../../src/renderer/src/spell/check-paragraph'
import type { SpellEngine } from '../../../src/renderer/src/spell/types'
import { engineFor } from './assets'

let fi: SpellEngine
beforeAll(async () => {
  fi = await engineFor('fi')
})

describe('Finnish', () => {
  it('accepts compounds and inflected forms of the domain', () => {
    const correct = [
      'tietoturvapoikkeamailmoituksista',
      'valtiovarainministeriön',
      'ministeriöiden',
      'kokouksessa',
      'tilannekuva',
      'tilannekuvan',
      'digitalisaatio',
      'kyberturvallisuus',
      'hyvinvointialueiden',
      'julkishallinnon',
      'tiedonhallintalautakunta',
      'sote-uudistus',
      'EU:n',
      'EU:ssa',
      'Traficomin',
      'Valtorissa',
      'Väylävirasto'
    ]
    expect(fi.check(correct)).toEqual([])
  })

  it('flags misspellings and suggests the intended word first', () => {
    const cases: Array<[string, string]> = [
      ['kokouksesa', 'kokouksessa'],
      ['ministeriöö', 'ministeriö'],
      ['valtiovarainministerön', 'valtiovarainministeriön'],
      ['tietoturva-poikkeama', 'tietoturvapoikkeama'],
      ['EU:ssä', 'EU:ssa']
    ]
    expect(fi.check(cases.map(([typo]) => typo))).toEqual(cases.map(([typo]) => typo))
    for (const [typo, intended] of cases) expect(fi.suggest(typo)[0], typo).toBe(intended)
  })

  it('does not accept a hyphen between ordinary words', () => {
    expect(fi.check(['tieto-turva'])).toEqual(['tieto-turva'])
  })

  it('accepts an abbreviation with its full stop and a hanging hyphen', () => {
    expect(
      checkParagraph(fi, 'Asiasta on sovittu esim. ohjausryhmässä, ns. tieto- ja viestintätekniikka.')
    ).toEqual([])
  })

  it('underlines the misspelt words of a paragraph where they are', () => {
    const text =
      'Asia käsitellään seuraavassa kokouksesa, ks. https://vm.fi/hanke tai kirjaamo@vm.fi vuonna 2026.'
    const start = text.indexOf('kokouksesa')
    expect(checkParagraph(fi, text)).toEqual([{ start, end: start + 10, word: 'kokouksesa' }])
  })
})

describe('the user dictionary in Finnish', () => {
  it('accepts "Kela-kortti" once added, and its inflected forms', async () => {
    const engine = await engineFor('fi')
    expect(engine.check(['Kela-kortti', 'Kela-kortilla'])).toEqual(['Kela-kortti', 'Kela-kortilla'])
    engine.addWord('Kela-kortti')
    expect(engine.check(['Kela-kortti', 'Kela-kortilla', 'Kela-korttti'])).toEqual(['Kela-korttti'])
  })

  it('is an input to the engine: words loaded from storage are accepted from the start', async () => {
    const engine = await engineFor('fi', ['Kela-kortti', 'DVV'])
    expect(engine.check(['Kela-kortti', 'DVV:n', 'DVV-palvelussa'])).toEqual([])
    engine.setUserWords([])
    expect(engine.check(['Kela-kortti'])).toEqual(['Kela-kortti'])
  })

  it('ignores a word for the session without adding it', async () => {
    const engine = await engineFor('fi')
    engine.ignore('hackathon')
    expect(engine.check(['hackathon'])).toEqual([])
    expect(await engineFor('fi').then((fresh) => fresh.check(['hackathon']))).toEqual(['hackathon'])
  })
})
