import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../../src/main/dispatch'
import { createServices } from '../../../src/main/services'

const folders: string[] = []
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true })
})

async function start(dataDir?: string) {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'tk-spell-')))
  if (!dataDir) folders.push(dir)
  const services = await createServices({
    dataDir: dir,
    resourcesDir: resolve('resources'),
    appVersion: '0.0.0',
    platform: process.platform,
    dialogs: { save: vi.fn(), open: vi.fn() },
    shell: { showItemInFolder: vi.fn(), openPath: vi.fn(), openExternal: vi.fn() }
  })
  const call = (operation: string, payload: unknown) => dispatch(services, operation, payload)
  return { dir, services, call }
}

describe('the user dictionary', () => {
  it('keeps added words per language across a restart of the services', async () => {
    const first = await start()
    expect(await first.call('spell.userWords', {})).toEqual({ ok: true, value: { fi: [], sv: [], en: [] } })
    await first.call('spell.addWord', { language: 'fi', word: 'Kela-kortti' })
    await first.call('spell.addWord', { language: 'fi', word: ' Kela-kortti ' })
    await first.call('spell.addWord', { language: 'sv', word: 'regerinen' })
    await first.services.close()

    const second = await start(first.dir)
    expect(await second.call('spell.userWords', {})).toEqual({
      ok: true,
      value: { fi: ['Kela-kortti'], sv: ['regerinen'], en: [] }
    })
    await second.services.close()
  })

  it('refuses what is not one word, and an unknown language', async () => {
    const { call, services } = await start()
    for (const word of ['', '   ', 'two words', '<script>', '1234', 'x'.repeat(101)])
      expect(await call('spell.addWord', { language: 'fi', word }), word).toMatchObject({
        ok: false,
        error: { code: 'bad_request' }
      })
    expect(await call('spell.addWord', { language: 'de', word: 'Wort' })).toMatchObject({ ok: false })
    expect(await call('spell.userWords', {})).toEqual({ ok: true, value: { fi: [], sv: [], en: [] } })
    await services.close()
  })

  it('keeps every word when several are added at once', async () => {
    const { call, services } = await start()
    const words = ['Valtori-palvelu', 'Suomi.fi-tunnistus', 'Kela-kortti', 'DVV-asiointi']
    await Promise.all(words.map((word) => call('spell.addWord', { language: 'fi', word })))
    expect(await call('spell.userWords', {})).toMatchObject({ value: { fi: [...words].sort() } })
    await services.close()
  })

  it('moves a damaged file aside and starts empty, losing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tk-spell-'))
    folders.push(dir)
    await writeFile(join(dir, 'user-dictionary.json'), '{"fi": [')
    const { call, services } = await start(dir)
    expect(await call('spell.userWords', {})).toEqual({ ok: true, value: { fi: [], sv: [], en: [] } })
    expect((await readdir(dir)).filter((name) => name.startsWith('user-dictionary.corrupt-'))).toHaveLength(1)
    await services.close()
  })
})

describe('Help → About', () => {
  it('reads the third-party notices in main', async () => {
    const { call, services } = await start()
    const answer = await call('app.notices', {})
    expect(answer).toMatchObject({ ok: true })
    const text = (answer as { value: string }).value
    expect(text).toContain('Tilannekuva — third-party notices')
    expect(text).toContain('libvoikko')
    await services.close()
  })
})
