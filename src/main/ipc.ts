/**
 * Binds the contract to Electron's IPC: one invoke channel, the sender checked first (VS Code's rule: our own
 * URL, the main frame), then dispatch() parses the payload as `unknown` and answers a typed result.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { INVOKE_CHANNEL, type Result, type Services } from '../shared/contract'
import { dispatch } from './dispatch'

/** The parts of a frame the sender check needs (WebFrameMain in Electron). */
export interface SenderFrame {
  url: string
  parent: unknown
}

/** Decides whether an invocation comes from the app's own page. */
export type SenderCheck = (event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>) => boolean

/**
 * The app's own main frame: no parent frame (an iframe could host anything) and a URL on one of the app's
 * origins (app://tilannekuva, or the dev server in development).
 */
export function isAppMainFrame(
  frame: SenderFrame | null | undefined,
  allowedOrigins: readonly string[]
): boolean {
  if (!frame || frame.parent !== null) return false
  let origin: string
  try {
    const url = new URL(frame.url)
    // URL.origin is "null" for custom schemes; build it from the parts instead.
    origin = `${url.protocol}//${url.host}`
  } catch {
    return false
  }
  return allowedOrigins.includes(origin)
}

/**
 * The check ipc.ts uses in the app: the frame is our main frame and, when `isOwnContents` is given, the message
 * comes from one of our windows' WebContents.
 */
export function createSenderCheck(
  allowedOrigins: readonly string[],
  isOwnContents: (contentsId: number) => boolean = () => true
): SenderCheck {
  return (event) => {
    try {
      return isOwnContents(event.sender.id) && isAppMainFrame(event.senderFrame, allowedOrigins)
    } catch {
      // A frame that navigated away or was destroyed mid-call cannot be trusted.
      return false
    }
  }
}

const FORBIDDEN: Result<never> = { ok: false, error: { code: 'forbidden_sender' } }

/** Registers the one invoke handler; returns a function that removes it. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  services: Services,
  isTrustedSender: SenderCheck,
  log?: (message: string, error: unknown) => void
): () => void {
  ipcMain.handle(
    INVOKE_CHANNEL,
    async (event, operation: unknown, payload: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) {
        log?.(`refused ${String(operation).slice(0, 60)} from an untrusted sender`, null)
        return FORBIDDEN
      }
      return dispatch(services, operation, payload, log)
    }
  )
  return () => ipcMain.removeHandler(INVOKE_CHANNEL)
}
