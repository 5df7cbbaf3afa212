import { describe, expect, it } from 'vitest'
import {
  isMinistryCode,
  looksLikeDiaryNumber,
  move,
  parseParticipantLine
} from '../../../src/renderer/src/features/details/details-rules'

describe('parseParticipantLine', () => {
  it('splits name, title and organisation, keeping commas inside the organisation', () => {
    expect(parseParticipantLine(' Maija Meikäläinen , kansliapäällikkö, VM ')).toEqual({
      name: 'Maija Meikäläinen',
      title: 'kansliapäällikkö',
      organisation: 'VM'
    })
    expect(
      parseParticipantLine('Matti Virtanen, johtaja, Digi- ja väestötietovirasto, DVV')?.organisation
    ).toBe('Digi- ja väestötietovirasto, DVV')
    expect(parseParticipantLine('Liisa Laine')).toEqual({ name: 'Liisa Laine', title: '', organisation: '' })
  })

  it('refuses a line without a name', () => {
    expect(parseParticipantLine('   ')).toBeUndefined()
    expect(parseParticipantLine(', kansliapäällikkö, VM')).toBeUndefined()
  })
})

describe('looksLikeDiaryNumber', () => {
  it('accepts the usual forms and an empty field, flags others', () => {
    expect(looksLikeDiaryNumber('VN/1234/2021')).toBe(true)
    expect(looksLikeDiaryNumber('VM/88/00.00.00/2021')).toBe(true)
    expect(looksLikeDiaryNumber('')).toBe(true)
    expect(looksLikeDiaryNumber('1234-2021')).toBe(false)
    expect(looksLikeDiaryNumber('VN/12a/2021')).toBe(false)
  })
})

describe('isMinistryCode and move', () => {
  it('knows the ministry codes', () => {
    expect(isMinistryCode('VM')).toBe(true)
    expect(isMinistryCode('Digi- ja väestötietovirasto')).toBe(false)
  })

  it('moves an item and clamps at the ends', () => {
    expect(move(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b'])
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(move(['a', 'b', 'c'], 1, 9)).toEqual(['a', 'c', 'b'])
  })
})
