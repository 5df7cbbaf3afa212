/**
 * Contributions through the services, on two real data folders (coordinator and contributor): asking writes a request
 * file, the contributor opens it as a report of their own and returns a reply, the coordinator imports it without
 * writing anything, and confirming saves one new revision after a backup. Bad files change nothing.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contributionServices } from '../../../src/main/services/contributions'
import { mergedReport, mergeReply } from '../../../src/shared/contributions/merge'
import { resolve } from '../../../src/shared/contributions/resolve'
import type { ReplyImport } from '../../../src/shared/contributions/ipc'
import type { Report } from '../../../src/shared/model'
import { depsFor, insert, makeDataDir, open, type DialogAnswers } from '../storage/helpers'
import { baseReport, notes, replyTo, requestFor } from '../../shared/contributions/support'
import { section as aSection } from '../../fixtures/templates/reports'

let cleanups: Array<() => Promise<void>> = []
let files: string
beforeEach(async () => {
  files = await mkdtemp(join(tmpdir(), 'osuudet-'))
  cleanups = [() => rm(files, { recursive: true, force: true })]
})
afterEach(async () => {
  for (const cleanup of cleanups) await cleanup()
})

/** One user's app: report and contribution services over a data folder of their own, dialogs from `answers`. */
async function app() {
  const { dataDir, cleanup } = await makeDataDir()
  const answers: DialogAnswers = { open: null, save: null }
  const deps = depsFor(dataDir, {}, answers)
  const { services, context } = await open(dataDir, {}, answers)
  const contributions = await contributionServices(deps, context)
  cleanups.push(async () => {
    await context.close()
    await cleanup()
  })
  return { services: { ...services, ...contributions }, context, answers, dataDir }
}

const contributor = { organisation: 'LVM', person: 'Lasse Liikenne' }

/** The coordinator's report with its second section asked of LVM; returns the request file's path. */
async function asked(coordinator: Awaited<ReturnType<typeof app>>) {
  const report = await insert(coordinator.context)
  const section = report.sections[1]!
  const path = join(files, 'pyyntö LVM.tilannekuva-osuus.json')
  coordinator.answers.save = path
  const result = await coordinator.services['contributions.ask']({
    reportId: report.id,
    requests: [{ sectionIds: [section.id], contributor, due: '2026-10-27', message: 'Kiitos!' }]
  })
  return { report, section, path, result }
}

/** The contributor opens the request, writes in the section and returns a reply file. */
async function replied(requestPath: string, text: string) {
  const writer = await app()
  writer.answers.open = requestPath
  const opened = await writer.services['contributions.openRequest']({})
  if (!opened?.ok) throw new Error('request not opened')
  const own = (await writer.services['reports.get']({ id: opened.reportId })).report
  const edited: Report = { ...own, sections: own.sections.map((s) => ({ ...s, notes: notes(text) })) }
  await writer.services['reports.save']({ report: edited, baseRevision: own.revision })
  const replyPath = join(files, `vastaus ${text.length}.tilannekuva-osuus.json`)
  writer.answers.save = replyPath
  await writer.services['contributions.return']({ id: opened.reportId })
  return { writer, own, replyPath }
}

/** What the renderer does with an import: merge each reply, take theirs for every conflict. */
function merge(imported: ReplyImport): Report {
  let report = imported.report
  for (const { reply } of imported.replies) {
    const outcome = mergeReply(report, reply)
    if (!outcome.ok) throw new Error(outcome.reason)
    let state = outcome.state
    for (const conflict of state.conflicts) {
      const step = resolve(state, conflict.id, { choice: 'theirs' })
      if (step.ok) state = step.state
    }
    report = mergedReport(state)!
  }
  return report
}

describe('a contribution from request to merge', () => {
  it('asks, opens as a contribution with only the requested section, returns and merges as one new revision', async () => {
    const coordinator = await app()
    const { report, section, path, result } = await asked(coordinator)
    expect(result.written).toHaveLength(1)
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ kind: 'request', reportId: report.id })

    const { writer, own, replyPath } = await replied(path, 'Liikenne kulkee.')
    expect(own.sections.map((s) => s.id)).toEqual([section.id])
    expect(await writer.services['contributions.mine']({})).toEqual([own.id])
    expect(await coordinator.services['contributions.mine']({})).toEqual([])
    expect((await writer.services['contributions.list']({ id: own.id })).contribution).toMatchObject({
      requestedBy: { person: report.author },
      due: '2026-10-27'
    })

    coordinator.answers.open = replyPath
    const imported = (await coordinator.services['contributions.importReplies']({ id: report.id }))!
    expect(imported.refused).toEqual([])
    expect(imported.replies).toHaveLength(1)
    // Reading the reply wrote nothing to the report.
    expect((await coordinator.services['reports.get']({ id: report.id })).report.revision).toBe(
      report.revision
    )

    const saved = await coordinator.services['contributions.confirmMerge']({
      sessionId: imported.sessionId,
      report: merge(imported),
      replyHashes: [imported.replies[0]!.replyHash]
    })
    expect(saved.revision).toBe(report.revision + 1)
    const stored = (await coordinator.services['reports.get']({ id: report.id })).report
    expect(JSON.stringify(stored.sections[1]?.notes)).toContain('Liikenne kulkee.')
    const backups = await coordinator.services['reports.backups']({ id: report.id })
    expect(backups.map((b) => b.revision)).toContain(report.revision)
    const [record] = (await coordinator.services['contributions.list']({ id: report.id })).requests
    expect(record?.mergedAt).toBeDefined()
  })

  it('imports several replies picked at once, in the order picked', async () => {
    const coordinator = await app()
    const { report, path } = await asked(coordinator)
    const first = await replied(path, 'Ensimmäinen.')
    const second = await replied(path, 'Toinen, pidempi vastaus.')
    const deps = depsFor(coordinator.dataDir, {}, coordinator.answers)
    deps.dialogs.openMany = async () => [first.replyPath, second.replyPath]
    const contributions = await contributionServices(deps, coordinator.context)
    const imported = (await contributions['contributions.importReplies']({ id: report.id }))!
    expect(imported.replies.map((r) => r.fileName)).toEqual([
      'vastaus 12.tilannekuva-osuus.json',
      'vastaus 24.tilannekuva-osuus.json'
    ])
  })

  it('refuses the same reply a second time, and writes nothing', async () => {
    const coordinator = await app()
    const { report, path } = await asked(coordinator)
    const { replyPath } = await replied(path, 'Sama vastaus.')
    coordinator.answers.open = replyPath
    const first = (await coordinator.services['contributions.importReplies']({ id: report.id }))!
    await coordinator.services['contributions.confirmMerge']({
      sessionId: first.sessionId,
      report: merge(first),
      replyHashes: [first.replies[0]!.replyHash]
    })
    const before = await readFile(join(coordinator.dataDir, 'reports', `${report.id}.json`), 'utf8')
    const again = (await coordinator.services['contributions.importReplies']({ id: report.id }))!
    expect(again.replies).toEqual([])
    expect(again.refused[0]?.message.key).toBe('contributions:outcome.already_merged')
    expect(await readFile(join(coordinator.dataDir, 'reports', `${report.id}.json`), 'utf8')).toBe(before)
  })

  it('refuses a merge saved on a report that changed since the import', async () => {
    const coordinator = await app()
    const { report, path } = await asked(coordinator)
    const { replyPath } = await replied(path, 'Myöhässä.')
    coordinator.answers.open = replyPath
    const imported = (await coordinator.services['contributions.importReplies']({ id: report.id }))!
    await coordinator.services['reports.rename']({ id: report.id, title: 'Muutettu välillä' })
    const confirm = coordinator.services['contributions.confirmMerge']({
      sessionId: imported.sessionId,
      report: merge(imported),
      replyHashes: [imported.replies[0]!.replyHash]
    })
    await expect(confirm).rejects.toMatchObject({ code: 'stale_revision' })
    expect((await coordinator.services['reports.get']({ id: report.id })).report.title).toBe(
      'Muutettu välillä'
    )
  })
})

describe('files that cannot be used', () => {
  it('gives a message for each bad reply and changes nothing', async () => {
    const coordinator = await app()
    const { report, path } = await asked(coordinator)
    const { replyPath } = await replied(path, 'Alkuperäinen.')
    const reply = JSON.parse(await readFile(replyPath, 'utf8'))
    const elsewhere = { ...baseReport([aSection('s2')]), title: 'Toinen raportti' }
    const otherReport = replyTo(requestFor(elsewhere), [])
    const tampered = { ...reply, base: reply.base.map((s: { title: string }) => ({ ...s, title: 'Käsin' })) }
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`
    const before = await readFile(join(coordinator.dataDir, 'reports', `${report.id}.json`), 'utf8')
    const imported = await coordinator.services['contributions.importDroppedReplies']({
      id: report.id,
      files: [
        { name: 'toinen.json', text: JSON.stringify(otherReport) },
        { name: 'käsin.json', text: JSON.stringify(tampered) },
        { name: 'rikki.json', text: (await readFile(replyPath, 'utf8')).slice(0, 200) },
        { name: 'uusi.json', text: JSON.stringify({ ...reply, formatVersion: 99 }) },
        { name: 'syvä.json', text: deep },
        { name: 'pyyntö.json', text: await readFile(path, 'utf8') }
      ]
    })
    expect(imported.replies).toEqual([])
    expect(imported.refused.map((r) => [r.fileName, r.message.key])).toEqual([
      ['toinen.json', 'contributions:outcome.other_report'],
      ['käsin.json', 'contributions:outcome.tampered'],
      ['rikki.json', 'contributions:outcome.damaged'],
      ['uusi.json', 'contributions:outcome.newer_format'],
      ['syvä.json', 'contributions:outcome.damaged'],
      ['pyyntö.json', 'contributions:outcome.wrong_kind_request']
    ])
    expect(imported.refused[0]?.message.values).toEqual({ title: 'Toinen raportti' })
    expect(await readFile(join(coordinator.dataDir, 'reports', `${report.id}.json`), 'utf8')).toBe(before)
  })

  it('opens no contribution from a damaged request, and lists nothing new', async () => {
    const writer = await app()
    const bad = join(files, 'rikki.tilannekuva-osuus.json')
    await writeFile(bad, '{"format":"tilannekuva-osuus","formatVersion":1,"kind":"request"}')
    writer.answers.open = bad
    const opened = await writer.services['contributions.openRequest']({})
    expect(opened).toEqual({ ok: false, message: { key: 'contributions:outcome.damaged', values: {} } })
    expect((await writer.services['reports.list']({})).reports).toEqual([])
  })

  it('opens a request the system handed over (file association), once', async () => {
    const coordinator = await app()
    const { path } = await asked(coordinator)
    const { dataDir, cleanup } = await makeDataDir()
    let waiting = [path]
    const deps = depsFor(dataDir, { takeOpenedFiles: () => waiting.splice(0) })
    const { services, context } = await open(dataDir)
    cleanups.push(async () => {
      await context.close()
      await cleanup()
    })
    const contributions = await contributionServices(deps, context)
    const opened = await contributions['contributions.openPending']({})
    expect(opened).toMatchObject({ ok: true })
    expect((await services['reports.list']({})).reports).toHaveLength(1)
    waiting = []
    expect(await contributions['contributions.openPending']({})).toBeNull()
  })

  it('opens the same request twice as the one contribution already written', async () => {
    const coordinator = await app()
    const { path } = await asked(coordinator)
    const writer = await app()
    writer.answers.open = path
    const first = await writer.services['contributions.openRequest']({})
    const second = await writer.services['contributions.openDroppedRequest']({
      name: 'pyyntö.json',
      text: await readFile(path, 'utf8')
    })
    expect(second).toEqual(first)
    expect((await writer.services['reports.list']({})).reports).toHaveLength(1)
  })
})
