import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, it, vi } from 'vitest'
import { dispatch } from '../../../src/main/dispatch'
import { createServices } from '../../../src/main/services'

it('changes only the settings sent: turning spell checking off keeps the UI language', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'tk-settings-'))
  const services = await createServices({
    dataDir,
    resourcesDir: resolve('resources'),
    appVersion: '0.0.0',
    platform: process.platform,
    dialogs: { save: vi.fn(), open: vi.fn() },
    shell: { showItemInFolder: vi.fn(), openPath: vi.fn(), openExternal: vi.fn() }
  })
  const call = (operation: string, payload: unknown) => dispatch(services, operation, payload)
  try {
    await call('settings.update', { uiLanguage: 'sv' })
    expect(await call('settings.update', { spellCheck: false })).toMatchObject({
      ok: true,
      value: { uiLanguage: 'sv', spellCheck: false }
    })
    expect(await call('settings.get', {})).toMatchObject({ value: { uiLanguage: 'sv', spellCheck: false } })
    expect(await call('settings.update', { theme: 'dark' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' }
    })
  } finally {
    await services.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})
