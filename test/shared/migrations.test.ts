import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { classificationFromV1, migrate } from '../../src/shared/migrations'
import { SCHEMA_VERSION } from '../../src/shared/model'
import { deepNotes } from './deep'

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, '../fixtures/storage', name), 'utf8'))

describe('migrate', () => {
  it('brings a stored version 1 report to the current version', () => {
    const result = migrate(fixture('report-v1.json'))
    if (!result.ok) throw new Error(`migration failed: ${result.reason}`)
    expect(result.migratedFrom).toBe(1)
    expect(result.report.schemaVersion).toBe(SCHEMA_VERSION)
    expect(result.report.classification).toEqual({ level: 'secret', legalBasis: 'JulkL 24.1 § 7 k' })
    expect(result.report.sections.map((s) => s.trend)).toEqual(['none', 'none'])
    expect(result.report.sections[0]?.notes).toEqual(
      (fixture('report-v1.json') as { sections: { notes: unknown }[] }).sections[0]?.notes
    )
  })

  it('passes a current report through unchanged', () => {
    expect(migrate(fixture('report-v2.json'))).toEqual({ ok: true, report: fixture('report-v2.json') })
  })

  it('says a newer report is newer instead of damaging it', () => {
    expect(migrate(fixture('newer-version.json'))).toEqual({
      ok: false,
      reason: 'newer_version',
      schemaVersion: 3
    })
  })

  it('rejects what is not a report', () => {
    expect(migrate(fixture('invalid-schema.json'))).toMatchObject({ ok: false, reason: 'invalid' })
    expect(migrate(null)).toMatchObject({ ok: false, reason: 'invalid' })
    expect(migrate({ schemaVersion: 0 })).toMatchObject({ ok: false, reason: 'invalid' })
  })
})

describe('classificationFromV1', () => {
  it.each([
    ['JULKINEN', { level: 'public', legalBasis: '' }],
    ['', { level: 'none', legalBasis: '' }],
    ['KÄYTTÖ RAJOITETTU', { level: 'restricted', legalBasis: '' }],
    ['TL IV', { level: 'restricted', legalBasis: '' }],
    ['SALASSA PIDETTÄVÄ JulkL 24.1 § 7 k', { level: 'secret', legalBasis: 'JulkL 24.1 § 7 k' }],
    ['salassa pidettävä', { level: 'secret', legalBasis: '' }]
  ])('%s', (marking, expected) => {
    expect(classificationFromV1(marking)).toEqual(expected)
  })
})

describe('migrate on hostile nesting', () => {
  it('refuses notes nested 700 deep as invalid before the schema runs (no stack overflow)', () => {
    const report = fixture('report-v2.json') as { sections: { notes: unknown }[] }
    const sections = report.sections.map((section, i) =>
      i === 0 ? { ...section, notes: deepNotes(700) } : section
    )
    const result = migrate({ ...report, sections })
    expect(result).toMatchObject({ ok: false, reason: 'invalid' })
    expect(!result.ok && result.reason === 'invalid' && result.detail).toMatch(/too_deep/)
  })
})
