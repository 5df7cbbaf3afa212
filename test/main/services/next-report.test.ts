/** @vitest-environment node */
// reports.create from a previous report over real storage: the meeting date asked by the dialog is kept, the export
// file name carries it, and the "carried, not reviewed" statuses survive a save and a reload.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { defaultFileName } from '../../../src/main/export'
import { reportServices } from '../../../src/main/services/reports'
import { templateServices } from '../../../src/main/services/templates'
import { createReportInputSchema } from '../../../src/shared/contract'
import { scriptedDialogs, testDeps } from '../../fixtures/templates/fake-storage'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

async function openApp() {
  const base = await mkdtemp(join(tmpdir(), 'tilannekuva-next-'))
  cleanups.push(() => rm(base, { recursive: true, force: true }))
  const deps = { ...testDeps(scriptedDialogs([])), dataDir: join(base, 'data'), newId: undefined }
  const reports = await reportServices(deps)
  cleanups.push(() => reports.context.close())
  return { ...reports.services, ...templateServices(deps, reports.context) }
}

describe('the next report of a meeting series', () => {
  it('takes the meeting date it is given, so its export is named after the meeting, not today', async () => {
    const app = await openApp()
    const a = await app['reports.create']({
      language: 'fi',
      templateId: 'meeting-status',
      carryNotes: false,
      title: 'Kokous'
    })
    const b = await app['reports.create']({
      language: 'fi',
      previousReportId: a.id,
      carryNotes: false,
      meetingDate: '2027-01-14'
    })
    expect(b.meeting.date).toBe('2027-01-14')
    expect(defaultFileName(b)).toBe('2027-01-14 Kokous.docx')
    const stored = (await app['reports.get']({ id: b.id })).report
    expect(stored.meeting.date).toBe('2027-01-14')
    expect(stored.sections.every((section) => section.statusCarried === true)).toBe(true)
  })

  it('refuses a meeting date that is no date or lies outside 2000–2100', () => {
    const base = { language: 'fi', previousReportId: 'a', carryNotes: false }
    expect(createReportInputSchema.safeParse({ ...base, meetingDate: '2027-02-30' }).success).toBe(false)
    expect(createReportInputSchema.safeParse({ ...base, meetingDate: '2227-01-14' }).success).toBe(false)
    expect(createReportInputSchema.safeParse({ ...base, meetingDate: '14.1.2027' }).success).toBe(false)
    expect(createReportInputSchema.safeParse({ ...base, meetingDate: '2027-01-14' }).success).toBe(true)
  })
})
