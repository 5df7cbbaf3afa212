import { describe, expect, it, vi } from 'vitest'
import { INVOKE_CHANNEL, ServiceError, type Services } from '../../src/shared/contract'
import { createSenderCheck, isAppMainFrame, registerIpc, type SenderCheck } from '../../src/main/ipc'

vi.mock('electron', async () => (await import('../support/electron-mock')).createElectronMock())

const { ipcMain } = await import('electron')

type Invoke = (event: unknown, operation: unknown, payload: unknown) => Promise<unknown>

/** Services where every operation is a spy; tests only reach the few they call. */
function fakeServices(): Services {
  const services: Record<string, ReturnType<typeof vi.fn>> = {}
  return new Proxy(services, {
    get: (target, name: string) => (target[name] ??= vi.fn(async () => null))
  }) as unknown as Services
}

const APP = ['app://tilannekuva']
const mainFrame = (url = 'app://tilannekuva/index.html') => ({ url, parent: null })
const event = (frame: unknown, senderId = 1) => ({ senderFrame: frame, sender: { id: senderId } })

function bind(services: Services, check: SenderCheck = createSenderCheck(APP, (id) => id === 1)): Invoke {
  const handle = vi.mocked(ipcMain.handle)
  handle.mockClear()
  registerIpc(ipcMain, services, check)
  expect(handle).toHaveBeenCalledTimes(1)
  const [channel, handler] = handle.mock.calls[0] as unknown as [string, Invoke]
  expect(channel).toBe(INVOKE_CHANNEL)
  return handler
}

describe('IPC', () => {
  it('passes a well-formed call from the app main frame to the service', async () => {
    const services = fakeServices()
    vi.mocked(services['reports.get']).mockResolvedValue({ report: { id: 'r1' } } as never)
    const invoke = bind(services)
    await expect(invoke(event(mainFrame()), 'reports.get', { id: 'r1' })).resolves.toEqual({
      ok: true,
      value: { report: { id: 'r1' } }
    })
    expect(services['reports.get']).toHaveBeenCalledWith({ id: 'r1' })
  })

  it.each([
    ['an iframe of our page', event({ url: 'app://tilannekuva/index.html', parent: mainFrame() })],
    ['a foreign origin', event(mainFrame('https://evil.example/index.html'))],
    ['a look-alike host', event(mainFrame('app://tilannekuva.evil/index.html'))],
    ['a file:// page', event(mainFrame('file:///tmp/index.html'))],
    ['a destroyed frame', event(null)],
    ['another WebContents', event(mainFrame(), 2)]
  ])('refuses %s without calling the service', async (_name, from) => {
    const services = fakeServices()
    const invoke = bind(services)
    await expect(invoke(from, 'reports.delete', { id: 'r1' })).resolves.toEqual({
      ok: false,
      error: { code: 'forbidden_sender' }
    })
    expect(services['reports.delete']).not.toHaveBeenCalled()
  })

  it.each([
    ['a missing field', 'reports.get', {}],
    ['a wrong type', 'reports.get', { id: 42 }],
    ['an extra field', 'reports.get', { id: 'r1', path: '/etc/passwd' }],
    ['no payload at all', 'reports.get', undefined],
    ['a string payload', 'reports.get', 'r1']
  ])('answers bad_request for %s and does not call the service', async (_name, operation, payload) => {
    const services = fakeServices()
    const result = (await bind(services)(event(mainFrame()), operation, payload)) as {
      ok: boolean
      error: { code: string; detail?: string }
    }
    expect(result.ok).toBe(false)
    expect(result.error.code).toBe('bad_request')
    expect(services['reports.get']).not.toHaveBeenCalled()
  })

  it.each(['reports.nope', '__proto__', 'constructor', 42, null])(
    'answers unknown_operation for %s',
    async (operation) => {
      await expect(bind(fakeServices())(event(mainFrame()), operation, {})).resolves.toEqual({
        ok: false,
        error: { code: 'unknown_operation' }
      })
    }
  )

  it('turns a failing service into a typed error without a stack trace', async () => {
    const services = fakeServices()
    vi.mocked(services['reports.get']).mockRejectedValueOnce(new ServiceError('not_found', 'r1'))
    vi.mocked(services['reports.list']).mockRejectedValueOnce(new Error('EIO at /secret/path\n    at x.js:1'))
    const invoke = bind(services)
    await expect(invoke(event(mainFrame()), 'reports.get', { id: 'r1' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
    const crash = await invoke(event(mainFrame()), 'reports.list', {})
    expect(crash).toEqual({ ok: false, error: { code: 'internal' } })
  })

  it('removes its handler when asked', () => {
    const dispose = registerIpc(ipcMain, fakeServices(), () => true)
    dispose()
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(INVOKE_CHANNEL)
  })
})

describe('isAppMainFrame', () => {
  it('accepts the dev server only when it is listed', () => {
    expect(isAppMainFrame(mainFrame('http://localhost:5173/'), APP)).toBe(false)
    expect(isAppMainFrame(mainFrame('http://localhost:5173/'), [...APP, 'http://localhost:5173'])).toBe(true)
    expect(isAppMainFrame(mainFrame('not a url'), APP)).toBe(false)
  })

  it('treats a frame that throws on access as untrusted', () => {
    const check = createSenderCheck(APP)
    const dying = {
      sender: { id: 1 },
      get senderFrame(): never {
        throw new Error('Render frame was disposed')
      }
    }
    expect(check(dying as never)).toBe(false)
  })
})
