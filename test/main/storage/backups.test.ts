import { describe, expect, it } from 'vitest'
import { backupsToKeep, parseBackupId, type BackupFile } from '../../../src/main/storage/backups'
import { compactTimestamp } from '../../../src/main/storage/paths'

const HOUR = 3_600_000
const backup = (at: number, revision: number): BackupFile => {
  const savedAt = new Date(at)
  return { backupId: `${compactTimestamp(savedAt)}-r${revision}`, savedAt, revision }
}

describe('backupsToKeep', () => {
  const now = Date.parse('2026-06-30T12:00:00.000Z')
  // One backup every six hours for 60 days.
  const all = Array.from({ length: 240 }, (_, i) => backup(now - i * 6 * HOUR, 240 - i))
  const keep = backupsToKeep(all, new Date(now))

  it('keeps the 20 newest', () => {
    for (const b of all.slice(0, 20)) expect(keep.has(b.backupId)).toBe(true)
  })

  it('keeps the newest of each of the last 30 days and nothing older', () => {
    const keptDays = new Set(
      all.filter((b) => keep.has(b.backupId)).map((b) => b.savedAt.toISOString().slice(0, 10))
    )
    // A 30-day window touches 31 calendar days; each of them keeps its newest backup.
    expect(keptDays.size).toBe(31)
    const tooOld = all.filter((b) => keep.has(b.backupId) && now - b.savedAt.getTime() >= 30 * 24 * HOUR)
    expect(tooOld).toEqual([])
    expect(keep.size).toBeLessThan(20 + 30)
  })

  it('parses only its own names', () => {
    expect(parseBackupId('20260630T120000000Z-r7')).toMatchObject({ revision: 7 })
    expect(parseBackupId('../../etc/passwd')).toBeNull()
  })
})
