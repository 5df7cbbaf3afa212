/**
 * App lifecycle only: single instance, the app:// protocol, services, IPC, the window and its close handshake,
 * the menu, and a bounded flush before quitting. Everything with logic lives in a module of its own.
 */
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, screen, shell } from 'electron'
import { EVENT_CHANNEL, type EventName, type MenuCommand, type Services } from '../shared/contract'
import { translate } from '../shared/i18n'
import type { Language } from '../shared/model'
import { ASSET_SCHEME, ASSET_SCHEME_PRIVILEGES, createAssetProtocolHandler } from './asset-protocol'
import { createCloseHandshake, type CloseHandshake } from './close-handshake'
import { createElectronDialogs } from './dialogs'
import { writeFileDurable } from './storage/durable'
import { createUnsavedCloseAsker } from './unsaved-close'
import { createSenderCheck, registerIpc } from './ipc'
import { languageFromLocale, resolveDataDir, settleWithin } from './launch'
import { buildMenuTemplate } from './menu'
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler
} from './protocol'
import { createServices } from './services'
import type { ShellPort } from './services/deps'
import { createSupportLog, type SupportLog } from './support-log'
import { createMainWindow } from './window'
import { clampToVisibleDisplay, toSavedBounds } from './window-state'
import { contributionFiles, OpenedFiles } from './opened-files'

/** Contribution files double-clicked before or while the app runs; the window takes them. */
const openedFiles = new OpenedFiles()
openedFiles.add(contributionFiles(process.argv.slice(1)))

const here = import.meta.dirname
// electron-vite sets this for `npm run dev` only; a packaged app never loads anything but app://.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
/** The support log in the data folder once it is known; stderr before that (and in development too). */
let supportLog: SupportLog | null = null
const log = (message: string, error?: unknown): void => {
  if (supportLog) supportLog.write(message, error)
  else console.error(`[tilannekuva] ${message}`, error ?? '')
}
const shellPort: ShellPort = {
  showItemInFolder: (path) => shell.showItemInFolder(path),
  openPath: async (path) => void (await shell.openPath(path)),
  openExternal: (url) => shell.openExternal(url)
}

let mainWindow: BrowserWindow | null = null
let handshake: CloseHandshake | null = null
let quitRequested = false
/** Opens a new window once the app has started (macOS keeps running with none). */
let reopen: (() => void) | null = null
let servicesClosed = false
const dialogs = createElectronDialogs(() => mainWindow)

function send(name: EventName, ...args: unknown[]): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, name, ...args)
}

function applyMenu(language: Language): void {
  const template = buildMenuTemplate(
    {
      platform: process.platform,
      appName: translate(language, 'appName'),
      isDev: devServerUrl !== undefined,
      onCommand: (command: MenuCommand) => send('menu:command', command),
      ...(supportLog
        ? { onOpenLogFolder: () => void shellPort.openPath((supportLog as SupportLog).folder) }
        : {})
    },
    (key, values) => translate(language, `main:${key}`, values)
  )
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

async function openWindow(services: Services): Promise<void> {
  const settings = await services['settings.get']({})
  const displays = screen.getAllDisplays().map((display) => display.workArea)
  const bounds = clampToVisibleDisplay(settings.window, displays, screen.getPrimaryDisplay().workArea)
  const window = createMainWindow({
    preloadPath: join(here, '../preload/index.cjs'),
    entryUrl: devServerUrl ?? APP_ENTRY_URL,
    ...(devServerUrl ? { devServerUrl } : {}),
    bounds,
    title: translate(settings.uiLanguage, 'appName'),
    openExternal: (url) => void shell.openExternal(url),
    log: (message) => log(message)
  })
  const ownHandshake = createCloseHandshake({
    requestFlush: () => window.webContents.send(EVENT_CHANNEL, 'app:flush'),
    askUnsaved: createUnsavedCloseAsker({
      dialogs,
      language: async () => (await services['settings.get']({})).uiLanguage,
      writeFile: (path, text) => writeFileDurable(path, text)
    }),
    beforeClose: async () => {
      const saved = toSavedBounds(window.getNormalBounds(), window.isMaximized())
      await settleWithin(services['settings.update']({ window: saved }), 1000)
    },
    close: () => window.close()
  })
  window.on('close', (event) => ownHandshake.onClose(event))
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
    if (handshake === ownHandshake) handshake = null
  })
  mainWindow = window
  handshake = ownHandshake
}

async function start(): Promise<void> {
  await app.whenReady()
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(here, '../renderer')))
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'))
  protocol.handle(ASSET_SCHEME, createAssetProtocolHandler(join(dataDir, 'assets')))
  supportLog = createSupportLog(dataDir, { echo: devServerUrl !== undefined })
  log(
    `start: version ${app.getVersion()}, ${process.platform} ${process.arch}, Electron ${process.versions.electron}`
  )
  const services = await createServices({
    dataDir,
    resourcesDir: app.isPackaged
      ? join(process.resourcesPath, 'resources')
      : join(app.getAppPath(), 'resources'),
    appVersion: app.getVersion(),
    platform: process.platform,
    dialogs,
    shell: shellPort,
    onReadyToClose: ({ unsaved }) => handshake?.readyToClose(unsaved),
    takeOpenedFiles: openedFiles.take,
    log
  })
  // The menu follows the UI language: rebuild it whenever the settings change it.
  const bound: Services = {
    ...services,
    'settings.update': async (patch) => {
      const settings = await services['settings.update'](patch)
      if (patch.uiLanguage) applyMenu(settings.uiLanguage)
      return settings
    }
  }
  const origins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN]
  registerIpc(
    ipcMain,
    bound,
    createSenderCheck(origins, (id) => mainWindow?.webContents.id === id),
    log
  )
  applyMenu((await services['settings.get']({})).uiLanguage)
  reopen = () => void openWindow(bound)
  await openWindow(bound)

  // A laptop lid closing is the last chance before a possible power loss: flush now.
  powerMonitor.on('suspend', () => send('app:flush'))
  app.on('activate', () => {
    if (!mainWindow) reopen?.()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitRequested) app.quit()
  })
  app.on('before-quit', (event) => {
    quitRequested = true
    // With a window open, its close handshake runs first; 'window-all-closed' then quits again.
    if (servicesClosed || mainWindow) return
    event.preventDefault()
    void settleWithin(services.close(), 5000).then((outcome) => {
      if (outcome !== 'done') log(`closing the data folder: ${outcome}`)
      servicesClosed = true
      app.quit()
    })
  })
}

function showStartupError(error: unknown): void {
  log('start-up failed', error)
  const language = languageFromLocale(app.getLocale())
  dialog.showErrorBox(
    translate(language, 'main:startup.failedTitle'),
    translate(language, 'main:startup.failed')
  )
  app.exit(1)
}

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES },
  { scheme: ASSET_SCHEME, privileges: ASSET_SCHEME_PRIVILEGES }
])
if (!app.requestSingleInstanceLock()) {
  // Another Tilannekuva is running: it gets focus (see 'second-instance'), this one leaves quietly.
  app.quit()
} else {
  // macOS hands a double-clicked file over as an event (before or after start).
  app.on('open-file', (event, path) => {
    event.preventDefault()
    if (openedFiles.add(contributionFiles([path]))) send('menu:command', 'opened-files')
  })
  app.on('second-instance', (_event, argv: string[] = []) => {
    if (openedFiles.add(contributionFiles(argv.slice(1)))) send('menu:command', 'opened-files')
    if (!mainWindow) return reopen?.()
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  start().catch(showStartupError)
}
