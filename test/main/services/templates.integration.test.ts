/** @vitest-environment node */
// The template services over the real storage (lowdb library, durable files), across a restart of the app.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { reportServices } from '../../../src/main/services/reports'
import { templateServices } from '../../../src/main/services/templates'
import { reportChanges } from '../../../src/shared/changes'
import { withStatus } from '../../../src/shared/report-ops'
import { scriptedDialogs, testDeps } from '../../fixtures/templates/fake-storage'

const fixture = (name: string): string => join(__dirname, '..', '..', 'fixtures', 'templates', name)
const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

async function openApp(dataDir: string, answers: (string | null)[] = []) {
  const deps = { ...testDeps(scriptedDialogs(answers)), dataDir, newId: undefined }
  const reports = await reportServices(deps)
  cleanups.push(() => reports.context.close())
  return { ...reports.services, ...templateServices(deps, reports.context), context: reports.context }
}

async function dataDir(): Promise<string> {
  const base = await mkdtemp(join(tmpdir(), 'tilannekuva-templates-'))
  cleanups.push(() => rm(base, { recursive: true, force: true }))
  return join(base, 'Mäki data')
}

describe('templates and the meeting cycle over real storage', () => {
  it('runs a meeting cycle: A from the template, B from A, one action done, the changes show it', async () => {
    const app = await openApp(await dataDir())
    const a = await app['reports.create']({ language: 'fi', templateId: 'digitalisation', carryNotes: false })
    a.sections[0] = withStatus(a.sections[0]!, 'needs_attention')
    a.sections[12]!.actions = [
      { id: 'act1', what: 'Valmistele rahoitusesitys', who: 'VM', due: '2026-12-15', state: 'open' },
      { id: 'act2', what: 'Kutsu koolle työryhmä', who: 'VNK', due: '', state: 'done' }
    ]
    await app['reports.save']({ report: a, baseRevision: a.revision })

    const b = await app['reports.create']({ language: 'fi', previousReportId: a.id, carryNotes: false })
    expect(b.previousReportId).toBe(a.id)
    expect(b.sections[12]!.actions.map((action) => action.id)).toEqual(['act1'])
    b.sections[12]!.actions[0]!.state = 'done'
    b.sections[0] = withStatus(b.sections[0]!, 'on_track')
    await app['reports.save']({ report: b, baseRevision: b.revision })

    const [storedA, storedB] = [
      (await app['reports.get']({ id: a.id })).report,
      (await app['reports.get']({ id: b.id })).report
    ]
    const changes = reportChanges(storedA, storedB)
    expect(changes.sections[0]!.status).toEqual({ from: 'needs_attention', to: 'on_track' })
    expect(storedB.sections[0]!.trend).toBe('improving')
    expect(changes.sections[12]!.closedActions.map((action) => action.what)).toEqual([
      'Valmistele rahoitusesitys'
    ])
    expect(storedA.sections[12]!.actions.map((action) => action.state)).toEqual(['open', 'done'])
  })

  it('keeps user templates and their versions across a restart, and old reports unchanged', async () => {
    const dir = await dataDir()
    const first = await openApp(dir, [fixture('headings.docx')])
    const imported = await first['templates.importDocx']({ language: 'fi' })
    const report = await first['reports.create']({
      language: 'fi',
      templateId: imported!.id,
      carryNotes: false
    })
    await first['templates.save']({ template: { ...imported!, sections: imported!.sections.slice(0, 1) } })
    await first.context.close()

    const second = await openApp(dir)
    const template = await second['templates.get']({ id: imported!.id })
    expect(template).toMatchObject({ version: 2, builtIn: false })
    expect(template.sections).toHaveLength(1)
    const reopened = (await second['reports.get']({ id: report.id })).report
    expect(reopened.template).toEqual({ id: imported!.id, version: 1 })
    expect(reopened.sections.map((section) => section.title)).toHaveLength(4)
    await second['templates.delete']({ id: imported!.id })
    expect((await second['templates.list']({})).map((t) => t.id)).toEqual([
      'digitalisation',
      'meeting-status'
    ])
    expect((await second['reports.get']({ id: report.id })).report.sections).toHaveLength(4)
  })
})
