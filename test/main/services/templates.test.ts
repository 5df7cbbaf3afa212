/** @vitest-environment node */
import { beforeEach, describe, expect, it } from 'vitest'
import { templateServices, type TemplateServices } from '../../../src/main/services/templates'
import { ServiceError } from '../../../src/shared/contract'
import type { Template } from '../../../src/shared/model'
import { MemoryStorage, scriptedDialogs, testDeps } from '../../fixtures/templates/fake-storage'

async function codeOf(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught
  )
  expect(error).toBeInstanceOf(ServiceError)
  return (error as ServiceError).code
}

let storage: MemoryStorage
let services: TemplateServices

beforeEach(() => {
  storage = new MemoryStorage()
  services = templateServices(testDeps(scriptedDialogs([])), storage)
})

describe('templates.list and templates.get', () => {
  it('lists the built-ins first, then user templates by name', async () => {
    await services['templates.copy']({ id: 'meeting-status', name: 'Öisin' })
    await services['templates.copy']({ id: 'meeting-status', name: 'Aamuisin' })
    const names = (await services['templates.list']({})).map((template) => template.name.fi)
    expect(names).toEqual([
      'Julkisen hallinnon digitalisaatio — tilannekuva',
      'Kokouksen tilannekatsaus',
      'Aamuisin',
      'Öisin'
    ])
  })

  it('gets a built-in or user template by id and says not_found otherwise', async () => {
    expect((await services['templates.get']({ id: 'digitalisation' })).sections).toHaveLength(13)
    expect(await codeOf(services['templates.get']({ id: 'nope' }))).toBe('not_found')
  })

  it('hands out copies: changing a returned built-in does not change the next answer', async () => {
    const first = await services['templates.get']({ id: 'digitalisation' })
    first.sections.length = 0
    first.name.fi = 'Rikottu'
    const again = await services['templates.get']({ id: 'digitalisation' })
    expect(again.sections).toHaveLength(13)
    expect(again.name.fi).toBe('Julkisen hallinnon digitalisaatio — tilannekuva')
  })
})

describe('built-in templates are read-only', () => {
  it('refuses to save or delete a built-in and stores nothing', async () => {
    const builtIn = await services['templates.get']({ id: 'digitalisation' })
    expect(await codeOf(services['templates.save']({ template: { ...builtIn, name: { fi: 'X' } } }))).toBe(
      'built_in'
    )
    expect(await codeOf(services['templates.delete']({ id: 'meeting-status' }))).toBe('built_in')
    expect(storage.templates.size).toBe(0)
  })

  it('copy to edit makes a user template with a new id, version 1 and names marked as copies', async () => {
    const copy = await services['templates.copy']({ id: 'digitalisation' })
    expect(copy).toMatchObject({ id: 'gen-1', version: 1, builtIn: false })
    expect(copy.name).toEqual({
      fi: 'Julkisen hallinnon digitalisaatio — tilannekuva (kopio)',
      sv: 'Digitaliseringen av den offentliga förvaltningen — lägesbild (kopia)',
      en: 'Public administration digitalisation — situation report (copy)'
    })
    expect(copy.sections.map((s) => s.id)).toEqual(
      (await services['templates.get']({ id: 'digitalisation' })).sections.map((s) => s.id)
    )
    expect(storage.templates.get('gen-1')).toEqual(copy)
  })
})

describe('editing user templates', () => {
  let copy: Template
  beforeEach(async () => {
    copy = await services['templates.copy']({ id: 'meeting-status', name: 'Johtoryhmä' })
  })

  it('bumps the version on each save and never lets a user template claim to be built in', async () => {
    const renamed = await services['templates.save']({ template: { ...copy, name: { fi: 'Johtoryhmä 2' } } })
    expect(renamed.version).toBe(2)
    const again = await services['templates.save']({ template: { ...renamed, builtIn: true } })
    expect(again).toMatchObject({ version: 3, builtIn: false })
    expect(storage.templates.get(copy.id)?.version).toBe(3)
  })

  it('a saved stale copy still gets a version above the stored one', async () => {
    await services['templates.save']({ template: copy })
    const stale = await services['templates.save']({ template: copy })
    expect(stale.version).toBe(3)
  })

  it('editing a template never changes a report made from it', async () => {
    const report = await services['reports.create']({
      language: 'fi',
      templateId: copy.id,
      carryNotes: false
    })
    const stored = structuredClone(storage.reports.get(report.id))
    await services['templates.save']({
      template: {
        ...copy,
        sections: [{ id: 'only', title: { fi: 'Uusi' }, guidance: { fi: 'Uutta.' }, keyFigures: [] }]
      }
    })
    expect(storage.reports.get(report.id)).toEqual(stored)
    expect(report.template).toEqual({ id: copy.id, version: 1 })
    expect(report.sections.map((s) => s.title)).toEqual([
      'Tausta',
      'Nykytilanne',
      'Riskit',
      'Päätettävät asiat',
      'Seuraavat vaiheet'
    ])
    const next = await services['reports.create']({ language: 'fi', templateId: copy.id, carryNotes: false })
    expect(next.template).toEqual({ id: copy.id, version: 2 })
    expect(next.sections.map((s) => s.title)).toEqual(['Uusi'])
  })

  it('deleting a template leaves reports made from it readable', async () => {
    const report = await services['reports.create']({
      language: 'sv',
      templateId: copy.id,
      carryNotes: false
    })
    await services['templates.delete']({ id: copy.id })
    expect(storage.templates.has(copy.id)).toBe(false)
    expect((await storage.loadReport(report.id)).sections[0]!.title).toBe('Bakgrund')
    expect(await codeOf(services['templates.delete']({ id: copy.id }))).toBe('not_found')
  })
})

describe('reports.create', () => {
  it('creates a report from a built-in template in the chosen language and stores it', async () => {
    const report = await services['reports.create']({
      language: 'en',
      templateId: 'digitalisation',
      carryNotes: false
    })
    expect(report.title).toBe('Public administration digitalisation — situation report')
    expect(report.sections[0]!.title).toBe('Summary')
    expect(report.template).toEqual({ id: 'digitalisation', version: 1 })
    expect(storage.reports.get(report.id)?.revision).toBe(1)
  })

  it('creates a blank report with the given title when there is no source', async () => {
    const report = await services['reports.create']({ language: 'fi', title: 'Muistio', carryNotes: false })
    expect(report).toMatchObject({ title: 'Muistio', language: 'fi', sections: [] })
  })

  it('creates the next report from the previous one, with notes carried when asked', async () => {
    const a = await services['reports.create']({
      language: 'fi',
      templateId: 'meeting-status',
      carryNotes: false
    })
    const edited = structuredClone(storage.reports.get(a.id)!)
    edited.sections[2]!.status = 'critical'
    edited.sections[2]!.notes = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Riski' }] }]
    }
    edited.sections[2]!.actions = [{ id: 'x', what: 'Selvitä', who: 'VM', due: '', state: 'open' }]
    storage.reports.set(a.id, edited)
    const b = await services['reports.create']({ language: 'en', previousReportId: a.id, carryNotes: true })
    expect(b).toMatchObject({ previousReportId: a.id, language: 'fi', state: 'draft' })
    expect(b.sections[2]).toMatchObject({ status: 'critical', previousStatus: 'critical' })
    expect(b.sections[2]!.notes.content).toHaveLength(1)
    expect(b.sections[2]!.actions[0]).toMatchObject({ id: 'x', carriedFromReportId: a.id })
  })

  it('refuses two sources, an unknown template or previous report, and a read-only library', async () => {
    const both = {
      language: 'fi',
      templateId: 'digitalisation',
      previousReportId: 'r',
      carryNotes: false
    } as const
    expect(await codeOf(services['reports.create'](both))).toBe('bad_request')
    expect(
      await codeOf(services['reports.create']({ language: 'fi', templateId: 'x', carryNotes: false }))
    ).toBe('not_found')
    expect(
      await codeOf(services['reports.create']({ language: 'fi', previousReportId: 'x', carryNotes: false }))
    ).toBe('not_found')
    storage.readOnly = true
    expect(await codeOf(services['reports.create']({ language: 'fi', carryNotes: false }))).toBe('read_only')
    expect(await codeOf(services['templates.copy']({ id: 'digitalisation' }))).toBe('read_only')
    expect(storage.reports.size).toBe(0)
  })
})
