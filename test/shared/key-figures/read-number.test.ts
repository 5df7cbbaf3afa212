/**
 * Key-figure values as officials write them in Finnish, Swedish and English reports are read as the number they
 * mean; anything else is `unreadable` (the chart shows a gap), never a zero.
 */
import { describe, expect, it } from 'vitest'
import { readNumber, readUnit } from '../../../src/shared/key-figures/read-number'

const NBSP = '\u00A0'
const NNBSP = '\u202F'

describe('readNumber', () => {
  it.each([
    ['72,5', 72.5, ''],
    ['72,5 %', 72.5, '%'],
    [`72,5${NBSP}%`, 72.5, '%'],
    ['72,5 prosenttia', 72.5, '%'],
    ['72,5 procent', 72.5, '%'],
    [`1${NBSP}234`, 1234, ''],
    [`1${NNBSP}234`, 1234, ''],
    ['1 234', 1234, ''],
    [`20${NBSP}000${NBSP}000`, 20_000_000, ''],
    [`1${NBSP}234,5`, 1234.5, ''],
    ['\u22123', -3, ''],
    ['\u22123,5 %', -3.5, '%'],
    ['\u2013 3', -3, ''],
    ['-3', -3, ''],
    ['+3,1', 3.1, ''],
    ['1,2 mrd €', 1_200_000_000, '€'],
    [`1,2${NBSP}mrd${NBSP}€`, 1_200_000_000, '€'],
    ['1,2 miljardia euroa', 1_200_000_000, '€'],
    ['1,2 mdr euro', 1_200_000_000, '€'],
    ['12 milj.', 12_000_000, ''],
    ['12 milj. €', 12_000_000, '€'],
    ['12 miljoner', 12_000_000, ''],
    ['350 tuhatta', 350_000, ''],
    ['1,234.5', 1234.5, ''],
    ['1.234,5', 1234.5, ''],
    ['1,234,567', 1_234_567, ''],
    ['72.5%', 72.5, '%'],
    ['72.5 percent', 72.5, '%'],
    ['1.2 bn', 1_200_000_000, ''],
    ['€1.2bn', 1_200_000_000, '€'],
    ['EUR 1,2 mrd', 1_200_000_000, '€'],
    ['3.5 million', 3_500_000, ''],
    ['12 M€', 12_000_000, '€'],
    ['500 k€', 500_000, '€'],
    ['0', 0, ''],
    ['0,0 %', 0, '%'],
    ['100 Mbit/s', 100, 'Mbit/s'],
    ['12 kpl', 12, 'kpl'],
    ['72.', 72, '']
  ])('%j is %d with unit %j', (text, value, unit) => {
    const read = readNumber(text, 'fi')
    expect(read).toMatchObject({ ok: true, value, unit })
  })

  it('keeps the scale written, to show the number back as it was written', () => {
    expect(readNumber('1,2 mrd €')).toMatchObject({ scale: 1e9 })
    expect(readNumber('12 milj.')).toMatchObject({ scale: 1e6 })
    expect(readNumber('72,5 %')).toMatchObject({ scale: 1 })
  })

  it('marks an estimate', () => {
    expect(readNumber('n. 70 %')).toMatchObject({ ok: true, value: 70, unit: '%', approximate: true })
    expect(readNumber('noin 1,2 mrd €')).toMatchObject({ ok: true, value: 1.2e9, approximate: true })
    expect(readNumber('ca 40')).toMatchObject({ ok: true, value: 40, approximate: true })
    expect(readNumber('40')).toMatchObject({ approximate: false })
  })

  it('lets the report language settle only "1,234": a decimal in fi and sv, thousands in en', () => {
    expect(readNumber('1,234', 'fi')).toMatchObject({ ok: true, value: 1.234 })
    expect(readNumber('1,234', 'sv')).toMatchObject({ ok: true, value: 1.234 })
    expect(readNumber('1,234', 'en')).toMatchObject({ ok: true, value: 1234 })
    // Everywhere else the form decides, whatever the language.
    expect(readNumber('72,5', 'en')).toMatchObject({ ok: true, value: 72.5 })
    expect(readNumber('72.5', 'fi')).toMatchObject({ ok: true, value: 72.5 })
  })

  it('says empty for nothing written, which is "not yet updated", not zero', () => {
    expect(readNumber('')).toEqual({ ok: false, reason: 'empty' })
    expect(readNumber(`  ${NBSP} `)).toEqual({ ok: false, reason: 'empty' })
  })

  it.each([
    'n/a',
    'ei tiedossa',
    'abc',
    '–',
    '-',
    '%',
    '12 34',
    '1.2.3',
    '1,2,3.4',
    '1 234.567,8',
    '70–80 %',
    '2021: 72',
    '72 (2021)',
    '--3',
    '1e5',
    '0x10',
    'NaN',
    'Infinity',
    'yli 70 %',
    '12 ja 13',
    '€12 %',
    '9'.repeat(400)
  ])('%j is unreadable, not a number', (text) => {
    expect(readNumber(text)).toEqual({ ok: false, reason: 'unreadable' })
  })
})

describe('readUnit', () => {
  it('reads the scale and unit a key figure states in its unit field', () => {
    expect(readUnit('milj. €')).toEqual({ scale: 1e6, unit: '€' })
    expect(readUnit('mrd euroa')).toEqual({ scale: 1e9, unit: '€' })
    expect(readUnit('%')).toEqual({ scale: 1, unit: '%' })
    expect(readUnit('kpl')).toEqual({ scale: 1, unit: 'kpl' })
    expect(readUnit('')).toEqual({ scale: 1, unit: '' })
  })
})
