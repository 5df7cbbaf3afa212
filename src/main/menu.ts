/**
 * The application menu as a pure function of options and a translator, so it is tested without Electron.
 * Editing commands use Electron's roles (they act on the focused editor natively); app commands are sent to the
 * renderer as `menu:command` events, which decides what each means in the current view.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/contract'

export interface MenuOptions {
  platform: string
  appName: string
  /** Development build: adds reload and DevTools. */
  isDev: boolean
  onCommand: (command: MenuCommand) => void
  /** Help → Open log folder: main opens the support log's folder itself (no renderer involved). */
  onOpenLogFolder?: () => void
}

/** Translates a key of the `main` namespace, e.g. `menu.file`. */
export type MenuTranslate = (key: string, values?: Record<string, string>) => string

type Item = MenuItemConstructorOptions
type Role = NonNullable<Item['role']>

/** Builds the menu template; labels come from `t`, so the menu follows the UI language. */
export function buildMenuTemplate(options: MenuOptions, t: MenuTranslate): Item[] {
  const mac = options.platform === 'darwin'
  const sep: Item = { type: 'separator' }
  const role = (name: Role, key: string, extra: Item = {}): Item => ({
    role: name,
    label: t(`menu.${key}`),
    ...extra
  })
  const command = (name: MenuCommand, key: string, accelerator?: string): Item => ({
    label: t(`menu.${key}`),
    ...(accelerator ? { accelerator } : {}),
    click: () => options.onCommand(name)
  })
  const named = { appName: options.appName }

  const appMenu: Item = {
    label: options.appName,
    submenu: [
      { role: 'about', label: t('menu.about', named) },
      sep,
      command('settings', 'settings', 'CmdOrCtrl+,'),
      sep,
      role('services', 'services'),
      sep,
      { role: 'hide', label: t('menu.hide', named) },
      role('hideOthers', 'hideOthers'),
      role('unhide', 'unhide'),
      sep,
      role('quit', 'quit')
    ]
  }
  const fileMenu: Item = {
    label: t('menu.file'),
    submenu: [
      command('new-report', 'newReport', 'CmdOrCtrl+N'),
      command('open-library', 'openLibrary', 'CmdOrCtrl+L'),
      sep,
      command('import-report', 'importReport', 'CmdOrCtrl+O'),
      command('open-contribution', 'openContribution'),
      command('export-docx', 'exportDocx', 'CmdOrCtrl+E'),
      sep,
      command('save', 'save', 'CmdOrCtrl+S'),
      sep,
      command('templates', 'templates'),
      ...(mac ? [sep, role('close', 'closeWindow')] : [command('settings', 'settings', 'CmdOrCtrl+,'), sep]),
      ...(mac ? [] : [role('quit', 'quit')])
    ]
  }
  const editMenu: Item = {
    label: t('menu.edit'),
    submenu: [
      role('undo', 'undo'),
      role('redo', 'redo'),
      sep,
      role('cut', 'cut'),
      role('copy', 'copy'),
      role('paste', 'paste'),
      sep,
      role('selectAll', 'selectAll')
    ]
  }
  const viewMenu: Item = {
    label: t('menu.view'),
    submenu: [
      role('resetZoom', 'resetZoom'),
      role('zoomIn', 'zoomIn'),
      role('zoomOut', 'zoomOut'),
      sep,
      role('togglefullscreen', 'fullScreen'),
      ...(options.isDev ? [sep, role('reload', 'reload'), role('toggleDevTools', 'devTools')] : [])
    ]
  }
  const windowMenu: Item = {
    label: t('menu.window'),
    submenu: [role('minimize', 'minimize'), role('close', 'closeWindow')]
  }
  const helpMenu: Item = {
    role: 'help',
    label: t('menu.help'),
    submenu: [
      command('help', 'userGuide', 'F1'),
      // The renderer shows the version, the licence and the third-party notices (which the licences require).
      { label: t('menu.about', named), click: () => options.onCommand('about') },
      ...(options.onOpenLogFolder
        ? [sep, { label: t('menu.openLogFolder'), click: () => options.onOpenLogFolder?.() }]
        : [])
    ]
  }
  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, ...(mac ? [windowMenu] : []), helpMenu]
}
