/** The support log: in the data folder's logs/, rotating, and never holding report contents. */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { buildMenuTemplate } from '../../src/main/menu'
import { createSupportLog, describeError, LOG_MAX_BYTES } from '../../src/main/support-log'
import { translate } from '../../src/shared/i18n'
import { LANGUAGES } from '../../src/shared/model'
import { depsFor, makeDataDir, open } from './storage/helpers'

let dataDir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dataDir, cleanup } = await makeDataDir()))
afterEach(() => cleanup())

it('writes start-up, storage errors and lock events to logs/main.log without report contents', async () => {
  const log = createSupportLog(dataDir)
  // The services log through ServiceDeps.log, so a test (and support) sees what storage did.
  const first = await open(dataDir, { log: log.write })
  await first.context.insertReport({
    ...(await import('./storage/helpers').then((h) => h.fixtureReport())),
    id: 'salainen',
    title: 'Salainen otsikko'
  })
  await first.context.close()
  const { writeFile } = await import('node:fs/promises')
  await writeFile(
    join(dataDir, 'reports', 'salainen.json'),
    '{"title": "Salainen otsikko", "notes": "luottamuksellinen'
  )
  const second = await open(dataDir, { log: log.write })
  // Opening it finds the damage (a listed file after a clean close is read when opened).
  await second.services['reports.get']({ id: 'salainen' }).catch(() => undefined)
  await second.context.close()
  log.write('parse failed', new SyntaxError('Unexpected end of JSON input: "luottamuksellinen'))

  const text = await readFile(join(dataDir, 'logs', 'main.log'), 'utf8')
  expect(text).toContain('data folder opened for writing')
  expect(text).toContain('report file damaged (invalid_json), moved aside')
  expect(text).toContain('SyntaxError')
  expect(text).not.toContain('luottamuksellinen')
  expect(text).not.toContain('Salainen otsikko')
})

it('rotates: past the size limit the log moves to main.old.log and a new one starts', async () => {
  const log = createSupportLog(dataDir)
  const line = 'x'.repeat(1000)
  for (let i = 0; i < (LOG_MAX_BYTES / 1000) * 1.2; i += 1) log.write(line)
  const names = await readdir(join(dataDir, 'logs'))
  expect(names.sort()).toEqual(['main.log', 'main.old.log'])
})

it('describes an error by name, code and frames, never by its message', () => {
  const error = Object.assign(new Error("ENOENT: open '/home/a/Salainen otsikko.tilannekuva.json'"), {
    code: 'ENOENT',
    syscall: 'open'
  })
  const described = describeError(error)
  expect(described).toMatch(/^Error ENOENT open/)
  expect(described).not.toContain('Salainen')
})

it('keeps working when the disk refuses the log (no throw)', () => {
  const log = createSupportLog('/etc/passwd/not-a-folder')
  const stderr = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  expect(() => log.write('start')).not.toThrow()
  stderr.mockRestore()
})

it.each(LANGUAGES)(
  'Help → Open log folder is in the menu in %s and opens the folder through the shell',
  (language) => {
    const openLogFolder = vi.fn()
    const template = buildMenuTemplate(
      {
        platform: 'linux',
        appName: 'Tilannekuva',
        isDev: false,
        onCommand: vi.fn(),
        onOpenLogFolder: openLogFolder
      },
      (key, values) => translate(language, `main:${key}`, values)
    )
    const help = template.find((item) => item.role === 'help')
    const entry = (help?.submenu as { label?: string; click?: () => void }[]).find(
      (item) => item.label === translate(language, 'main:menu.openLogFolder')
    )
    expect(entry?.label).not.toMatch(/menu\./)
    entry?.click?.()
    expect(openLogFolder).toHaveBeenCalledTimes(1)
    expect(depsFor(dataDir).shell.openPath).toBeTypeOf('function')
  }
)
