/**
 * The services' Dialogs port over Electron's native dialogs, attached to the app window (modal on macOS).
 */
import { dialog, type BrowserWindow } from 'electron'
import type { Dialogs } from './services/deps'
import type { MessageDialogs } from './unsaved-close'

/** Native save/open dialogs (`null` when the user cancels) and message boxes. */
export function createElectronDialogs(getWindow: () => BrowserWindow | null): Dialogs & MessageDialogs {
  return {
    ask: async (options) => {
      const window = getWindow()
      const settings = { ...options, type: 'warning' as const, noLink: true }
      const result = window
        ? await dialog.showMessageBox(window, settings)
        : await dialog.showMessageBox(settings)
      return result.response
    },
    save: async (options) => {
      const window = getWindow()
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    openMany: async (options) => {
      const window = getWindow()
      const settings = { ...options, properties: ['openFile' as const, 'multiSelections' as const] }
      const result = window
        ? await dialog.showOpenDialog(window, settings)
        : await dialog.showOpenDialog(settings)
      return result.canceled ? [] : result.filePaths
    },
    open: async (options) => {
      const window = getWindow()
      const settings = { ...options, properties: ['openFile' as const] }
      const result = window
        ? await dialog.showOpenDialog(window, settings)
        : await dialog.showOpenDialog(settings)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    }
  }
}
