/**
 * The services' Dialogs port over Electron's native dialogs, attached to the app window (modal on macOS).
 */
import { dialog, type BrowserWindow } from 'electron'
import type { Dialogs } from './services/deps'

/** Native save/open dialogs; `null` when the user cancels. */
export function createElectronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  return {
    save: async (options) => {
      const window = getWindow()
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
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
