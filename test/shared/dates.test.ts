/**
 * The one date module: how dates and times read in fi/sv/en (domain.md), and the one strict parser every date field
 * uses. `2021-13-45` is no date anywhere, and `14.1.2027` is the 14th of January 2027, never 14.12.0027.
 */
import { describe, expect, it } from 'vitest'
import {
  formatDate,
  formatDateTime,
  formatLongDate,
  formatTime,
  formatTimeOfDay,
  isIsoDate,
  isoDatePart,
  mentionsDate,
  parseDateInput,
  parseTimeInput
} from '../../src/shared/dates'

describe('dates for people', () => {
  it('writes Finnish and Swedish dates without leading zeros, with points', () => {
    expect(formatDate('2021-10-25', 'fi')).toBe('25.10.2021')
    expect(formatDate('2021-10-25', 'sv')).toBe('25.10.2021')
    expect(formatDate('2022-01-05', 'fi')).toBe('5.1.2022')
    expect(formatDate('2022-01-05', 'sv')).toBe('5.1.2022')
  })

  it('writes English dates as 25 October 2021', () => {
    expect(formatDate('2021-10-25', 'en')).toBe('25 October 2021')
    expect(formatDate('2022-01-05', 'en')).toBe('5 January 2022')
  })

  it('writes the long form of each language', () => {
    expect(formatLongDate('2021-10-25', 'fi')).toBe('25. lokakuuta 2021')
    expect(formatLongDate('2021-10-25', 'sv')).toBe('25 oktober 2021')
    expect(formatLongDate('2021-10-25', 'en')).toBe('25 October 2021')
  })

  it('does not shift the day with the time zone', () => {
    expect(formatDate('2021-12-31', 'fi')).toBe('31.12.2021')
    expect(formatDate('2021-01-01', 'en')).toBe('1 January 2021')
  })

  it('shows a year before 1000 with four digits, so a mistyped 0027 is not read as 2027', () => {
    expect(formatDate('0027-12-14', 'fi')).toBe('14.12.0027')
    expect(formatLongDate('0027-12-14', 'en')).toBe('14 December 0027')
  })

  it('writes Finnish and Swedish times with a point and English times with a colon', () => {
    expect(formatTime('16:54', 'fi')).toBe('16.54')
    expect(formatTime('09:05', 'fi')).toBe('9.05')
    expect(formatTime('16:54', 'sv')).toBe('16.54')
    expect(formatTime('16:54', 'en')).toBe('16:54')
    expect(formatTime('09:05', 'en')).toBe('09:05')
  })

  it('writes a timestamp in local time', () => {
    const local = new Date(2021, 9, 25, 16, 54).toISOString()
    expect(formatTimeOfDay(local, 'fi')).toBe('16.54')
    expect(formatTimeOfDay(local, 'en')).toBe('16:54')
    expect(formatDateTime(local, 'fi')).toBe('25.10.2021 16.54')
    expect(formatDateTime(local, 'sv')).toBe('25.10.2021 16.54')
    expect(formatDateTime(local, 'en')).toBe('25 October 2021 16:54')
  })

  it('gives empty text for empty or invalid values, and never rolls a date over', () => {
    expect(formatDate('', 'fi')).toBe('')
    expect(formatDate('2021-13-45', 'fi')).toBe('')
    expect(formatDate('2021-02-29', 'fi')).toBe('')
    expect(formatLongDate('2021-13-45', 'en')).toBe('')
    expect(formatTime('', 'fi')).toBe('')
    expect(formatTime('24:00', 'fi')).toBe('')
    expect(formatTimeOfDay('nonsense', 'fi')).toBe('')
    expect(isIsoDate('2021-13-45')).toBe(false)
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2023-02-29')).toBe(false)
    expect(isIsoDate('2021-1-5')).toBe(false)
    expect(isoDatePart('2021-10-25T13:54:00.000Z')).toBe('2021-10-25')
    expect(isoDatePart('2021-13-45T13:54:00.000Z')).toBe('')
    expect(isoDatePart('x')).toBe('')
  })

  it('treats an unknown language as Finnish', () => {
    expect(formatDate('2021-10-25', 'cimode')).toBe('25.10.2021')
  })
})

describe('typed dates', () => {
  const parses = (text: string, language = 'fi') => parseDateInput(text, language)

  it.each([
    '14.1.2027',
    '14.01.2027',
    '14.1.27',
    '14. 1. 2027',
    '14.1.2027.',
    '14012027',
    '140127',
    '2027-01-14',
    '2027-1-14',
    '20270114',
    '14/1/2027',
    '14/01/27',
    '14-1-2027',
    '14 1 2027',
    '  14.1.2027  ',
    'to 14.1.2027',
    'torstai 14.1.2027',
    '14. tammikuuta 2027',
    '14 tammikuu 2027',
    '14 januari 2027',
    '14 January 2027',
    '14 Jan 2027',
    'January 14, 2027',
    'Thursday, 14 January 2027'
  ])('reads %s as 14 January 2027', (text) => {
    expect(parses(text)).toEqual({ ok: true, value: '2027-01-14' })
  })

  it('reads an abbreviated month in the UI language first', () => {
    expect(parses('14 mar 2027', 'en')).toEqual({ ok: true, value: '2027-03-14' })
    expect(parses('14 mar 2027', 'fi')).toEqual({ ok: true, value: '2027-11-14' })
    expect(parses('14 marras 2027', 'en')).toEqual({ ok: true, value: '2027-11-14' })
    expect(parses('14 maj 2027', 'sv')).toEqual({ ok: true, value: '2027-05-14' })
  })

  it('gives an empty date for an empty field', () => {
    expect(parses('')).toEqual({ ok: true, value: '' })
    expect(parses('   ')).toEqual({ ok: true, value: '' })
  })

  it.each([
    ['2021-13-45', 'no_such_day'],
    ['31.2.2027', 'no_such_day'],
    ['29.2.2027', 'no_such_day'],
    ['0.1.2027', 'no_such_day'],
    ['14.13.2027', 'no_such_day'],
    ['280220277', 'format'],
    ['28.02.20277', 'out_of_range'],
    ['14.1.1999', 'out_of_range'],
    ['14.1.2101', 'out_of_range'],
    ['14.1.202', 'out_of_range'],
    ['14.1.', 'format'],
    ['huomenna', 'format'],
    ['14 ma 2027', 'format'],
    ['14 xyz 2027', 'format'],
    ['1.2.3.4', 'format'],
    ['12345', 'format']
  ])('refuses %s (%s)', (text, problem) => {
    // Two letters name no month for sure (maaliskuu? marraskuu? May?): the field asks rather than guesses.
    expect(parses(text)).toEqual({ ok: false, problem })
  })

  it('accepts the leap day and the ends of the range', () => {
    expect(parses('29.2.2028')).toEqual({ ok: true, value: '2028-02-29' })
    expect(parses('1.1.2000')).toEqual({ ok: true, value: '2000-01-01' })
    expect(parses('31.12.2100')).toEqual({ ok: true, value: '2100-12-31' })
  })
})

describe('typed times', () => {
  it.each([
    ['16.54', '16:54'],
    ['16:54', '16:54'],
    ['1654', '16:54'],
    ['9.05', '09:05'],
    ['905', '09:05'],
    ['9', '09:00'],
    ['0.00', '00:00'],
    ['', '']
  ])('reads %s as %s', (text, value) => {
    expect(parseTimeInput(text)).toEqual({ ok: true, value })
  })

  it.each(['24.00', '16.60', 'puoli neljä', '16.5'])('refuses %s', (text) => {
    expect(parseTimeInput(text).ok).toBe(false)
  })
})

describe('a date named in running text', () => {
  it.each([
    'Kansliapäälliköiden kokous 14.1.2027',
    'Kokous 14.01.2027',
    'Meeting of 14 January 2027',
    'Kokous 14. tammikuuta 2027',
    'Möte 2027-01-14'
  ])('finds 14 January 2027 in %s', (title) => {
    expect(mentionsDate(title, '2027-01-14', 'fi')).toBe(true)
  })

  it('does not find another day, or any day in a title without one', () => {
    expect(mentionsDate('Kokous 15.1.2027', '2027-01-14', 'fi')).toBe(false)
    expect(mentionsDate('Kansliapäälliköiden kokous', '2027-01-14', 'fi')).toBe(false)
    expect(mentionsDate('Kokous 14.1.2027', '', 'fi')).toBe(false)
  })

  it.each([
    ['Meeting of January 14, 2027', 'en'],
    ['Meeting of 14th January 2027', 'en'],
    ['Kokous 14.–15.1.2027', 'fi'],
    ['Kokous 13.–15.1.2027', 'sv'],
    ['Meeting 14–15 January 2027', 'en'],
    ['Kokous 14.1.', 'fi'],
    ['Kokous to 14.1. klo 10', 'fi']
  ])('finds 14 January 2027 in %s (UI in %s): the title bar does not repeat it', (title, language) => {
    expect(mentionsDate(title, '2027-01-14', language)).toBe(true)
  })

  it('does not take another span, day and month, or a version number for the day', () => {
    expect(mentionsDate('Kokous 15.–16.1.2027', '2027-01-14', 'fi')).toBe(false)
    expect(mentionsDate('Kokous 14.2.', '2027-01-14', 'fi')).toBe(false)
    expect(mentionsDate('Versio 1.14.1.2', '2027-01-14', 'fi')).toBe(false)
    expect(mentionsDate('January 15, 2027', '2027-01-14', 'en')).toBe(false)
  })
})
