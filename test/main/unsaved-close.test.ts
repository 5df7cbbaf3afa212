/**
 * Closing the window with changes that could not be saved asks, in the user's language: save a copy as a file (one
 * that import accepts), stay in the window, or discard. The native dialogs are Electron's (mocked here); the copy is
 * written for real and read back by the import parser.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCloseHandshake } from '../../src/main/close-handshake'
import { createElectronDialogs } from '../../src/main/dialogs'
import { parseImport } from '../../src/main/services/reports'
import { writeFileDurable } from '../../src/main/storage/durable'
import { createUnsavedCloseAsker } from '../../src/main/unsaved-close'
import type { Language, Report } from '../../src/shared/model'
import { fixtureReport } from './storage/helpers'

vi.mock('electron', async () => (await import('../support/electron-mock')).createElectronMock())
const electron = await import('electron')
const showMessageBox = vi.mocked(electron.dialog.showMessageBox)
const showSaveDialog = vi.mocked(electron.dialog.showSaveDialog)

const SAVE_COPY = 0
const STAY = 1
const DISCARD = 2

let folder: string
let report: Report
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tilannekuva-close-'))
  report = { ...(await fixtureReport()), title: 'Kansliapäälliköiden kokous' }
  showMessageBox.mockReset()
  showSaveDialog.mockReset()
})
afterEach(() => rm(folder, { recursive: true, force: true }))

/** A window's close handshake wired as index.ts wires it, over the mocked native dialogs. */
function closingWindow(language: Language = 'fi', writeFile = writeFileDurable) {
  const close = vi.fn()
  const requestFlush = vi.fn()
  const handshake = createCloseHandshake({
    requestFlush,
    close,
    askUnsaved: createUnsavedCloseAsker({
      dialogs: createElectronDialogs(() => null),
      language: async () => language,
      writeFile: (path, text) => writeFile(path, text)
    })
  })
  const tryToClose = () => handshake.onClose({ preventDefault: vi.fn() })
  return { close, requestFlush, handshake, tryToClose }
}

const answers = (...responses: number[]) =>
  responses.forEach((response) => showMessageBox.mockResolvedValueOnce({ response, checkboxChecked: false }))

describe('closing with changes that could not be saved', () => {
  it('asks in Finnish, and "Tallenna kopio tiedostoksi" writes a file that import accepts', async () => {
    const { close, handshake, tryToClose } = closingWindow('fi')
    answers(SAVE_COPY)
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(folder, 'kopio') })
    tryToClose()
    handshake.readyToClose({ report })
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(1))

    const asked = showMessageBox.mock.calls[0]?.[0] as unknown as Record<string, unknown>
    expect(asked).toMatchObject({
      type: 'warning',
      title: 'Tallentamattomia muutoksia',
      message: 'Kaikkia muutoksia raporttiin ”Kansliapäälliköiden kokous” ei voitu tallentaa.',
      buttons: ['Tallenna kopio tiedostoksi…', 'Jää ikkunaan', 'Hylkää muutokset'],
      defaultId: SAVE_COPY,
      cancelId: STAY
    })
    expect(showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: 'Kansliapäälliköiden kokous (tallentamaton kopio).tilannekuva.json'
    })
    const written = await readFile(join(folder, 'kopio.tilannekuva.json'), 'utf8')
    expect(parseImport(written)).toEqual(report)
  })

  it('asks in Swedish and English when that is the UI language', async () => {
    for (const [language, stay] of [
      ['sv', 'Stanna i fönstret'],
      ['en', 'Stay in the window']
    ] as const) {
      const { handshake, tryToClose } = closingWindow(language)
      answers(STAY)
      tryToClose()
      handshake.readyToClose({ report })
      await vi.waitFor(() =>
        expect(showMessageBox.mock.calls.at(-1)?.[0]).toMatchObject({
          buttons: [expect.any(String), stay, expect.any(String)]
        })
      )
    }
  })

  it('stays open on "Jää ikkunaan", and asks again at the next close', async () => {
    const { close, requestFlush, handshake, tryToClose } = closingWindow()
    answers(STAY)
    tryToClose()
    handshake.readyToClose({ report })
    await vi.waitFor(() => expect(showMessageBox).toHaveBeenCalledTimes(1))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(close).not.toHaveBeenCalled()

    answers(DISCARD)
    tryToClose()
    expect(requestFlush).toHaveBeenCalledTimes(2)
    handshake.readyToClose({ report })
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(1))
    expect(showSaveDialog).not.toHaveBeenCalled()
  })

  it('asks again when the save dialog is cancelled or the copy cannot be written', async () => {
    const failing = vi.fn(async () => {
      throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })
    })
    const { close, handshake, tryToClose } = closingWindow('fi', failing)
    answers(SAVE_COPY, SAVE_COPY, STAY)
    showSaveDialog
      .mockResolvedValueOnce({ canceled: true, filePath: '' })
      .mockResolvedValueOnce({ canceled: false, filePath: join(folder, 'täysi.tilannekuva.json') })
    tryToClose()
    handshake.readyToClose({ report })
    await vi.waitFor(() => expect(showMessageBox).toHaveBeenCalledTimes(3))
    expect(failing).toHaveBeenCalledTimes(1)
    expect((showMessageBox.mock.calls[2]?.[0] as unknown as { detail: string }).detail).toMatch(
      /^Kopiota ei voitu tallentaa tiedostoon .*täysi\.tilannekuva\.json/
    )
    expect(close).not.toHaveBeenCalled()
  })

  it('closes at once when everything was saved, and keeps the window when the question fails', async () => {
    const saved = closingWindow()
    saved.tryToClose()
    saved.handshake.readyToClose()
    await vi.waitFor(() => expect(saved.close).toHaveBeenCalledTimes(1))
    expect(showMessageBox).not.toHaveBeenCalled()

    const broken = closingWindow()
    showMessageBox.mockRejectedValueOnce(new Error('no display'))
    broken.tryToClose()
    broken.handshake.readyToClose({ report })
    await vi.waitFor(() => expect(showMessageBox).toHaveBeenCalledTimes(1))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(broken.close).not.toHaveBeenCalled()
  })
})
