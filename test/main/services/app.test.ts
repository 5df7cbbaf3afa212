import { describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../../src/main/dispatch'
import { appServices } from '../../../src/main/services/app'
import type { ServiceDeps } from '../../../src/main/services/deps'
import type { Services } from '../../../src/shared/contract'

function setup(overrides: Partial<ServiceDeps> = {}, readOnly = false) {
  const deps: ServiceDeps = {
    dataDir: '/data',
    resourcesDir: '/app/resources',
    appVersion: '1.2.3',
    platform: 'win32',
    dialogs: { save: vi.fn(), open: vi.fn() },
    shell: { showItemInFolder: vi.fn(), openPath: vi.fn(), openExternal: vi.fn(async () => {}) },
    onReadyToClose: vi.fn(),
    ...overrides
  }
  const services = appServices(deps, { dataDir: '/data/Tilannekuva', readOnly })
  // Through dispatch, as the renderer reaches them.
  const call = (operation: string, payload: unknown) => dispatch(services as Services, operation, payload)
  return { deps, call }
}

describe('app services', () => {
  it('tells the version, the data folder, the platform and whether the folder is read-only', async () => {
    expect(await setup().call('app.info', {})).toEqual({
      ok: true,
      value: { version: '1.2.3', dataDir: '/data/Tilannekuva', readOnly: false, platform: 'win32' }
    })
    expect(await setup({}, true).call('app.info', {})).toMatchObject({ value: { readOnly: true } })
  })

  it('lets the window close once the renderer has flushed', async () => {
    const { deps, call } = setup()
    expect(await call('app.readyToClose', {})).toEqual({ ok: true, value: null })
    expect(deps.onReadyToClose).toHaveBeenCalledTimes(1)
  })

  it('opens web and mail links in the system browser', async () => {
    const { deps, call } = setup()
    expect(await call('shell.openExternal', { url: 'https://vm.fi/' })).toEqual({ ok: true, value: null })
    expect(await call('shell.openExternal', { url: 'mailto:kirjaamo@vm.fi' })).toEqual({
      ok: true,
      value: null
    })
    expect(vi.mocked(deps.shell.openExternal).mock.calls).toEqual([
      ['https://vm.fi/'],
      ['mailto:kirjaamo@vm.fi']
    ])
  })

  it.each([
    'javascript:alert(1)',
    'file:///C:/Windows/system32/calc.exe',
    'data:text/html,x',
    '\\\\srv\\share'
  ])('refuses %s with not_allowed and never reaches the shell', async (url) => {
    const { deps, call } = setup()
    expect(await call('shell.openExternal', { url })).toMatchObject({
      ok: false,
      error: { code: 'not_allowed' }
    })
    expect(deps.shell.openExternal).not.toHaveBeenCalled()
  })
})
