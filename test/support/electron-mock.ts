/**
 * A stand-in for the `electron` module in Node tests (the binary cannot run here). Use with
 *   vi.mock('electron', async () => (await import('../support/electron-mock')).createElectronMock())
 * Objects record what the code under test configured, so a test can fire the captured handlers itself.
 */
import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

type Handler = (...args: never[]) => unknown

export class FakeSession {
  permissionRequestHandler: Handler | null = null
  permissionCheckHandler: Handler | null = null
  beforeRequest: Handler | null = null
  headersReceived: Handler | null = null
  setPermissionRequestHandler = vi.fn((handler: Handler | null) => {
    this.permissionRequestHandler = handler
  })
  setPermissionCheckHandler = vi.fn((handler: Handler | null) => {
    this.permissionCheckHandler = handler
  })
  webRequest = {
    onBeforeRequest: vi.fn((handler: Handler | null) => {
      this.beforeRequest = handler
    }),
    onHeadersReceived: vi.fn((handler: Handler | null) => {
      this.headersReceived = handler
    })
  }
  protocol = { handle: vi.fn() }
  setSpellCheckerEnabled = vi.fn()
}

export class FakeWebContents extends EventEmitter {
  static nextId = 1
  id = FakeWebContents.nextId++
  session = new FakeSession()
  windowOpenHandler: Handler | null = null
  setWindowOpenHandler = vi.fn((handler: Handler) => {
    this.windowOpenHandler = handler
  })
  send = vi.fn()
  focus = vi.fn()
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = []
  webContents = new FakeWebContents()
  loadURL = vi.fn(async () => {})
  show = vi.fn()
  focus = vi.fn()
  restore = vi.fn()
  maximize = vi.fn()
  close = vi.fn(() => this.emit('close', { preventDefault: vi.fn() }))
  destroy = vi.fn()
  isMinimized = vi.fn(() => false)
  isMaximized = vi.fn(() => false)
  isDestroyed = vi.fn(() => false)
  getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1200, height: 800 }))
  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeBrowserWindow.instances.push(this)
  }
  static getAllWindows = vi.fn(() => FakeBrowserWindow.instances)
}

/** A fresh mock module; each test file gets its own through `vi.mock`. */
export function createElectronMock() {
  FakeBrowserWindow.instances = []
  const defaultSession = new FakeSession()
  return {
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession },
    app: Object.assign(new EventEmitter(), {
      getVersion: vi.fn(() => '0.1.0'),
      getLocale: vi.fn(() => 'fi-FI'),
      getAppPath: vi.fn(() => '/app'),
      getPath: vi.fn(() => '/home/user/.config/Tilannekuva'),
      requestSingleInstanceLock: vi.fn(() => true),
      whenReady: vi.fn(async () => {}),
      quit: vi.fn(),
      exit: vi.fn(),
      isPackaged: false
    }),
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn() },
    shell: {
      openExternal: vi.fn(async () => {}),
      showItemInFolder: vi.fn(),
      openPath: vi.fn(async () => '')
    },
    screen: { getAllDisplays: vi.fn(() => []), getPrimaryDisplay: vi.fn() },
    powerMonitor: new EventEmitter()
  }
}
