/** @vitest-environment node */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { templateServices } from '../../../src/main/services/templates'
import { ServiceError } from '../../../src/shared/contract'
import { templateSchema } from '../../../src/shared/model'
import { MemoryStorage, scriptedDialogs, testDeps } from '../../fixtures/templates/fake-storage'

const fixture = (name: string): string => join(__dirname, '..', '..', 'fixtures', 'templates', name)

async function codeOf(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught
  )
  expect(error).toBeInstanceOf(ServiceError)
  return (error as ServiceError).code
}

let storage: MemoryStorage
let dir: string
const withDialogs = (...answers: (string | null)[]) => {
  const dialogs = scriptedDialogs(answers)
  return { dialogs, services: templateServices(testDeps(dialogs), storage) }
}

beforeEach(async () => {
  storage = new MemoryStorage()
  dir = await mkdtemp(join(tmpdir(), 'template-files-'))
})

describe('templates.importDocx', () => {
  it('makes a user template of the headings, in the chosen language, named after the file', async () => {
    const { dialogs, services } = withDialogs(fixture('headings.docx'))
    const template = await services['templates.importDocx']({ language: 'sv' })
    expect(dialogs.titles).toEqual(['Tuo osiot Word-asiakirjasta'])
    expect(template).toMatchObject({ builtIn: false, version: 1, name: { sv: 'headings' } })
    expect(template!.sections.map((s) => s.title.sv)).toEqual([
      'Yhteenveto',
      'Kansainvälinen vertailu',
      'Riskit <ja> "haasteet"',
      'Seuraavat vaiheet'
    ])
    expect(template!.sections[0]!.guidance.sv).toContain('Kuvaa kokonaistilanne')
    expect(template!.sections[0]!.title.fi).toBeUndefined()
    expect(storage.templates.get(template!.id)).toEqual(template)
  })

  it.each([
    ['no-headings.docx', 'no_headings'],
    ['corrupt.docx', 'not_docx'],
    ['encrypted.docx', 'encrypted_docx']
  ])('refuses %s with %s and creates nothing', async (name, code) => {
    const { services } = withDialogs(fixture(name))
    expect(await codeOf(services['templates.importDocx']({ language: 'fi' }))).toBe(code)
    expect(storage.templates.size).toBe(0)
  })

  it('does nothing when the dialog is cancelled', async () => {
    const { services } = withDialogs(null)
    expect(await services['templates.importDocx']({ language: 'fi' })).toBeNull()
    expect(storage.templates.size).toBe(0)
  })
})

describe('templates.exportFile and templates.importFile', () => {
  it('exports a template as valid JSON that imports back as a user template with a new id', async () => {
    const target = join(dir, 'pohja')
    const { services } = withDialogs(target)
    const done = await services['templates.exportFile']({ id: 'digitalisation' })
    expect(done).toEqual({ path: `${target}.tilannekuva-template.json` })
    const text = storage.files.get(done!.path)!
    expect(templateSchema.parse(JSON.parse(text)).sections).toHaveLength(13)

    await writeFile(done!.path, text)
    const importing = withDialogs(done!.path).services
    const imported = await importing['templates.importFile']({})
    // The built-in id is taken, so the import gets its own id and is editable.
    expect(imported).toMatchObject({ id: 'gen-1', builtIn: false })
    expect(imported!.sections.map((s) => s.title.sv)).toContain('Digital identitet')
    expect(storage.templates.has('gen-1')).toBe(true)
  })

  it('keeps the id of an imported user template unless one with that id exists', async () => {
    const { services } = withDialogs(...Array(2).fill(join(dir, 'own.tilannekuva-template.json')))
    const own = { id: 'own', version: 4, name: { fi: 'Oma' }, sections: [{ id: 's', title: { fi: 'A' } }] }
    await writeFile(join(dir, 'own.tilannekuva-template.json'), JSON.stringify(own))
    expect(await services['templates.importFile']({})).toMatchObject({ id: 'own', version: 4 })
    expect(await services['templates.importFile']({})).toMatchObject({ id: 'gen-1' })
    expect(storage.templates.size).toBe(2)
  })

  it('suggests a file name from the template name in the UI language', async () => {
    const { dialogs, services } = withDialogs(null)
    storage.settings = { ...storage.settings, uiLanguage: 'en', lastExportDir: dir }
    const saves: string[] = []
    dialogs.save = async (options) => {
      saves.push(options.defaultPath)
      return null
    }
    expect(await services['templates.exportFile']({ id: 'meeting-status' })).toBeNull()
    expect(saves).toEqual([join(dir, 'Meeting status report.tilannekuva-template.json')])
    expect(storage.files.size).toBe(0)
  })

  it.each([
    ['not JSON', '{ broken'],
    ['not a template', JSON.stringify({ schemaVersion: 2, id: 'r', sections: 'x' })],
    ['a bad id', JSON.stringify({ id: '../../etc', version: 1, name: {}, sections: [] })]
  ])('refuses a file that is %s and creates nothing', async (_, content) => {
    const path = join(dir, 'bad.tilannekuva-template.json')
    await writeFile(path, content)
    const { services } = withDialogs(path)
    expect(await codeOf(services['templates.importFile']({}))).toBe('invalid_file')
    expect(storage.templates.size).toBe(0)
  })

  it('says not_found for a file that vanished and null when cancelled', async () => {
    const { services } = withDialogs(join(dir, 'gone.json'), null)
    expect(await codeOf(services['templates.importFile']({}))).toBe('not_found')
    expect(await services['templates.importFile']({})).toBeNull()
  })

  it('exports a user template and refuses an unknown id', async () => {
    const { services } = withDialogs(join(dir, 'copy.tilannekuva-template.json'))
    const copy = await services['templates.copy']({ id: 'meeting-status', name: 'Hallitus' })
    const done = await services['templates.exportFile']({ id: copy.id })
    expect(JSON.parse(storage.files.get(done!.path)!)).toMatchObject({
      id: copy.id,
      name: { fi: 'Hallitus' }
    })
    expect(await codeOf(services['templates.exportFile']({ id: 'missing' }))).toBe('not_found')
  })
})
