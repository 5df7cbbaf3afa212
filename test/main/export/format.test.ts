import { describe, expect, it } from 'vitest'
import { formatDate, formatTime, isoDatePart } from '../../../src/main/export/format'

describe('document dates and times', () => {
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

  it('does not shift the day with the time zone', () => {
    expect(formatDate('2021-12-31', 'fi')).toBe('31.12.2021')
  })

  it('writes Finnish times with a point and English times with a colon', () => {
    expect(formatTime('16:54', 'fi')).toBe('16.54')
    expect(formatTime('09:05', 'fi')).toBe('9.05')
    expect(formatTime('16:54', 'sv')).toBe('16.54')
    expect(formatTime('09:05', 'en')).toBe('09:05')
  })

  it('gives empty text for empty or invalid values', () => {
    expect(formatDate('', 'fi')).toBe('')
    expect(formatDate('2021-13-45', 'fi')).toBe('')
    expect(formatTime('', 'fi')).toBe('')
    expect(isoDatePart('2021-10-25T13:54:00.000Z')).toBe('2021-10-25')
    expect(isoDatePart('x')).toBe('')
  })
})
