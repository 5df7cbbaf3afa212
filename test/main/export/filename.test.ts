import { describe, expect, it } from 'vitest'
import { defaultFileName, safeStem } from '../../../src/main/export/filename'
import { minimalReport } from './docx-helpers'

describe('default export file name', () => {
  it('is the meeting date and the title', () => {
    const report = minimalReport({ title: 'Tilannekuva – digitalisaatio' })
    expect(defaultFileName(report)).toBe('2021-10-25 Tilannekuva – digitalisaatio.docx')
  })

  it('drops characters Windows refuses and keeps the rest', () => {
    const report = minimalReport({ title: 'Kokous 1/2021: "tärkeä" <luonnos>?*|\\' })
    expect(defaultFileName(report)).toBe('2021-10-25 Kokous 1 2021 tärkeä luonnos.docx')
  })

  it('uses a safe default for reserved device names and titles of nothing but illegal characters', () => {
    for (const title of ['CON', 'nul', 'COM1', 'LPT9.txt', '<>:"/\\|?*', '...', '   ', '\u0000\u0001']) {
      const name = defaultFileName(minimalReport({ title }))
      expect(name).toBe('2021-10-25 Tilannekuva.docx')
    }
    expect(defaultFileName(minimalReport({ title: 'CON', language: 'sv' }))).toBe('2021-10-25 Lägesbild.docx')
  })

  it('falls back to the last update date without a meeting date', () => {
    const report = minimalReport({ title: 'Raportti', meeting: minimalReport().meeting })
    report.meeting.date = ''
    expect(defaultFileName(report)).toBe('2021-10-25 Raportti.docx')
  })

  it('never yields a name with illegal characters, trailing dots or an overlong stem', () => {
    const stem = safeStem(`${'ä'.repeat(300)}. `)
    expect(Array.from(stem).length).toBeLessThanOrEqual(120)
    expect(stem.endsWith('.')).toBe(false)
    expect(safeStem('a\u0007b:c')).toBe('a b c')
    expect(safeStem('🚀'.repeat(200))).toBe('')
  })
})
