/**
 * The question asked when the window closes with changes that could not be saved, in the user's language:
 * save a copy as a file (a .tilannekuva.json that import accepts), stay in the window, or discard the changes.
 * Pure of Electron: the dialogs, the language and the file write come in as ports.
 */
import type { Language } from '../shared/model'
import { translate } from '../shared/i18n'
import type { Dialogs } from './services/deps'
import { fileNameFor } from './services/reports'
import type { UnsavedWork } from './close-handshake'

export interface QuestionOptions {
  title: string
  message: string
  detail: string
  buttons: string[]
  /** The button Enter presses, and the one Escape (or closing the box) stands for. */
  defaultId: number
  cancelId: number
}

/** A native message box; resolves to the index of the button pressed. */
export interface MessageDialogs {
  ask(options: QuestionOptions): Promise<number>
}

export interface UnsavedCloseDeps {
  dialogs: Dialogs & MessageDialogs
  /** The UI language now (the user may have changed it since start-up). */
  language: () => Promise<Language>
  writeFile: (path: string, text: string) => Promise<void>
}

const SAVE_COPY = 0
const STAY = 1
const DISCARD = 2

/** Returns the `askUnsaved` of the close handshake. */
export function createUnsavedCloseAsker(
  deps: UnsavedCloseDeps
): (unsaved: UnsavedWork) => Promise<'close' | 'stay'> {
  return async ({ report }) => {
    const language = await deps.language()
    const t = (key: string, values?: Record<string, string>) => translate(language, `unsaved:${key}`, values)
    const title = report.title || translate(language, 'untitled')
    // Until the copy is written, or the user chooses to stay or discard, the question comes back.
    for (let problem = ''; ;) {
      const choice = await deps.dialogs.ask({
        title: t('close.title'),
        message: t('close.message', { title }),
        detail: problem || t('close.detail'),
        buttons: [t('close.saveCopy'), t('close.stay'), t('close.discard')],
        defaultId: SAVE_COPY,
        cancelId: STAY
      })
      if (choice === DISCARD) return 'close'
      if (choice !== SAVE_COPY) return 'stay'
      const path = await deps.dialogs.save({
        title: t('close.saveTitle'),
        defaultPath: fileNameFor(t('close.fileName', { title })),
        filters: [{ name: t('close.fileFilter'), extensions: ['json'] }]
      })
      if (!path) continue
      const target = path.endsWith('.json') ? path : `${path}.tilannekuva.json`
      try {
        await deps.writeFile(target, JSON.stringify(report, null, 2))
        return 'close'
      } catch {
        problem = t('close.writeFailed', { path: target })
      }
    }
  }
}
