import { describe, expect, it, vi } from 'vitest'
import { EVENT_CHANNEL, INVOKE_CHANNEL, type Services } from '../../src/shared/contract'
import type { ServiceDeps } from '../../src/main/services/deps'
import type { FakeBrowserWindow as FakeWindowType } from '../support/electron-mock'

vi.mock('electron', async () => (await import('../support/electron-mock')).createElectronMock())

const settings = { uiLanguage: 'sv' as const, recentReportIds: [] }
const services = {
  'settings.get': vi.fn(async () => settings),
  'settings.update': vi.fn(async (patch: object) => ({ ...settings, ...patch })),
  'reports.list': vi.fn(async () => ({ reports: [], problems: [] })),
  close: vi.fn(async () => {})
}
const createServices = vi.fn(async (_deps: ServiceDeps) => services as unknown as Services)
// The real services are other modules' work; the lifecycle is tested against a stand-in.
vi.mock('../../src/main/services', () => ({ createServices }))

const electron = await import('electron')
const display = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } }
vi.mocked(electron.screen.getAllDisplays).mockReturnValue([display] as never)
vi.mocked(electron.screen.getPrimaryDisplay).mockReturnValue(display as never)
vi.stubEnv('TILANNEKUVA_DATA_DIR', '/tmp/tilannekuva-data')
await import('../../src/main/index')

const FakeWindow = electron.BrowserWindow as unknown as typeof FakeWindowType
await vi.waitFor(() => expect(FakeWindow.instances).toHaveLength(1))
const window = FakeWindow.instances[0] as FakeWindowType
type Invoke = (event: unknown, operation: string, payload: unknown) => Promise<unknown>
const invoke = vi.mocked(electron.ipcMain.handle).mock.calls[0]?.[1] as unknown as Invoke

describe('the app lifecycle', () => {
  it('registers app:// as a privileged scheme and serves the renderer through it', () => {
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
      { scheme: 'tk-asset', privileges: { standard: true, secure: true } }
    ])
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(electron.protocol.handle).toHaveBeenCalledWith('tk-asset', expect.any(Function))
    expect(window.loadURL).toHaveBeenCalledWith('app://tilannekuva/index.html')
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true })
  })

  it('opens the data folder given by TILANNEKUVA_DATA_DIR', () => {
    expect(createServices).toHaveBeenCalledTimes(1)
    expect(createServices.mock.calls[0]?.[0].dataDir).toBe('/tmp/tilannekuva-data')
  })

  it('answers IPC only from its own window', async () => {
    expect(vi.mocked(electron.ipcMain.handle).mock.calls[0]?.[0]).toBe(INVOKE_CHANNEL)
    const frame = { url: 'app://tilannekuva/index.html', parent: null }
    const own = { senderFrame: frame, sender: { id: window.webContents.id } }
    const other = { senderFrame: frame, sender: { id: window.webContents.id + 100 } }
    expect(await invoke(own, 'reports.list', {})).toEqual({ ok: true, value: { reports: [], problems: [] } })
    expect(await invoke(other, 'reports.list', {})).toEqual({
      ok: false,
      error: { code: 'forbidden_sender' }
    })
    expect(services['reports.list']).toHaveBeenCalledTimes(1)
  })

  it('builds the menu in the UI language and rebuilds it when the language changes', async () => {
    const setMenu = vi.mocked(electron.Menu.buildFromTemplate)
    const topLabels = () => (setMenu.mock.calls.at(-1)?.[0] as { label: string }[]).map((item) => item.label)
    expect(topLabels()).toContain('Redigera')
    const own = {
      senderFrame: { url: 'app://tilannekuva/', parent: null },
      sender: { id: window.webContents.id }
    }
    await invoke(own, 'settings.update', { uiLanguage: 'en' })
    expect(topLabels()).toContain('Edit')
  })

  it('focuses the existing window when the app is launched again', () => {
    window.isMinimized.mockReturnValueOnce(true)
    electron.app.emit('second-instance')
    expect(window.restore).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
  })

  it('hands a contribution file double-clicked while running to the window, once', () => {
    window.webContents.send.mockClear()
    const file = '/home/virkailija/Lataukset/pyyntö LVM.tilannekuva-osuus.json'
    electron.app.emit('second-instance', {}, ['/usr/bin/tilannekuva', '--flag', file])
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'menu:command', 'opened-files')
    const take = createServices.mock.calls[0]?.[0].takeOpenedFiles
    expect(take?.()).toEqual([file])
    expect(take?.()).toEqual([])
  })

  it('asks the renderer to flush when the computer goes to sleep', () => {
    window.webContents.send.mockClear()
    electron.powerMonitor.emit('suspend')
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'app:flush')
  })

  it('asks in the UI language before closing with changes the renderer could not save, and can stay', async () => {
    const { fixtureReport } = await import('./storage/helpers')
    const report = await fixtureReport()
    vi.mocked(electron.dialog.showMessageBox).mockResolvedValueOnce({ response: 1, checkboxChecked: false })
    window.emit('close', { preventDefault: vi.fn() })
    createServices.mock.calls[0]?.[0].onReadyToClose?.({ unsaved: { report } })
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1))
    expect((vi.mocked(electron.dialog.showMessageBox).mock.calls[0] as unknown[])[1]).toMatchObject({
      title: 'Osparade ändringar',
      buttons: ['Spara en kopia som fil…', 'Stanna i fönstret', 'Förkasta ändringarna']
    })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(window.close).not.toHaveBeenCalled()
  })

  it('closes the window only after the renderer has flushed, remembering its bounds', async () => {
    window.webContents.send.mockClear()
    const event = { preventDefault: vi.fn() }
    window.emit('close', event)
    expect(event.preventDefault).toHaveBeenCalled()
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'app:flush')
    expect(window.close).not.toHaveBeenCalled()
    createServices.mock.calls[0]?.[0].onReadyToClose?.({})
    await vi.waitFor(() => expect(window.close).toHaveBeenCalledTimes(1))
    expect(services['settings.update']).toHaveBeenLastCalledWith({
      window: { x: 10, y: 20, width: 1200, height: 800, maximized: false }
    })
  })

  it('opens a new window when launched again after its window was closed (macOS)', async () => {
    window.emit('closed')
    electron.app.emit('second-instance')
    await vi.waitFor(() => expect(FakeWindow.instances).toHaveLength(2))
    FakeWindow.instances[1]?.emit('closed')
  })

  it('closes the data folder before quitting', async () => {
    const event = { preventDefault: vi.fn() }
    electron.app.emit('before-quit', event)
    expect(event.preventDefault).toHaveBeenCalled()
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled())
    expect(services.close).toHaveBeenCalledTimes(1)
  })
})
