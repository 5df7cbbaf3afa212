import { describe, expect, it } from 'vitest'
import { tokenize } from '../../../src/renderer/src/spell/tokenize'

const words = (text: string): string[] => tokenize(text).map((token) => token.word)

describe('tokenize', () => {
  it('keeps Finnish hyphenated compounds, inflected abbreviations and hanging hyphens whole', () => {
    expect(words('Kela-kortti ja EU:n tieto- ja viestintätekniikka, sote-uudistus.')).toEqual([
      'Kela-kortti',
      'ja',
      'EU:n',
      'tieto-',
      'ja',
      'viestintätekniikka',
      'sote-uudistus'
    ])
  })

  it('skips numbers, URLs, e-mail addresses, domains and dotted abbreviations', () => {
    const text =
      'Kokous 12.3.2026 klo 12:30, 5G ja COVID-19: katso https://vm.fi/hanke?id=1, www.suomi.fi tai ' +
      'kirjaamo@vm.fi (e.g. suomi.fi).'
    expect(words(text)).toEqual(['Kokous', 'klo', 'ja', 'katso', 'tai'])
  })

  it('skips single letters and words in capitals, but not an inflected abbreviation', () => {
    expect(words('a) VM ja STM sekä ICT-palvelut, VM:n ja DVV:ssä')).toEqual([
      'ja',
      'sekä',
      'ICT-palvelut',
      'VM:n',
      'ja',
      'DVV:ssä'
    ])
  })

  it('gives the engine plain forms and the editor the original ranges', () => {
    const text = 'ministry’s tieto\u00ADturva Kela\u2011kortti Sa\u0308ho\u0308.'
    const tokens = tokenize(text)
    expect(tokens.map((token) => token.word)).toEqual(["ministry's", 'tietoturva', 'Kela-kortti', 'Sähö'])
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual([
      'ministry’s',
      'tieto\u00ADturva',
      'Kela\u2011kortti',
      'Sa\u0308ho\u0308'
    ])
  })

  it('marks a word followed by a full stop, for abbreviations', () => {
    expect(tokenize('esim. näin').map((token) => [token.word, token.beforeDot])).toEqual([
      ['esim', true],
      ['näin', false]
    ])
  })

  it('does not run a word into an e-mail address', () => {
    expect(words('sähköposti:matti.meikalainen@vm.fi')).toEqual(['sähköposti'])
  })
})
