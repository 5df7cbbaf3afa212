/**
 * What the services need from the outside world, passed in so that tests and the e2e harness can supply
 * their own: a data folder, dialogs, the shell, the clock. No `electron` import here.
 */
import type { ReadyToCloseInput } from '../../shared/contract'

export interface FileFilter {
  name: string
  extensions: string[]
}

export interface Dialogs {
  /** Native save dialog (it asks before overwriting); resolves to the chosen path or null when cancelled. */
  save(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null>
  /** Native open dialog for one file; null when cancelled. */
  open(options: { title: string; defaultPath?: string; filters: FileFilter[] }): Promise<string | null>
  /** Native open dialog for one or more files; [] when cancelled. Without it, `open` picks one. */
  openMany?(options: { title: string; filters: FileFilter[] }): Promise<string[]>
}

export interface ShellPort {
  showItemInFolder(path: string): void
  openPath(path: string): Promise<void>
  openExternal(url: string): Promise<void>
}

export interface ServiceDeps {
  dataDir: string
  /** The app's bundled resources folder (examples, sample templates). */
  resourcesDir: string
  appVersion: string
  platform: string
  dialogs: Dialogs
  shell: ShellPort
  /** True when another process holds the data folder's lock: nothing may be written. */
  readOnly?: boolean
  /** Called when the renderer says it has flushed (window close handshake), with what it could not save. */
  onReadyToClose?: (input: ReadyToCloseInput) => void
  now?: () => Date
  /** Files the system asked the app to open (a double-clicked `.tilannekuva-osuus.json`), each handed out once. */
  takeOpenedFiles?: () => string[]
  log?: (message: string, error?: unknown) => void
}
