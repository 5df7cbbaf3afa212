/**
 * The app's own operations: what it is and where its data lives, the window-close handshake, and opening a link
 * in the system browser — the last only through the safe-link gate, whatever the renderer asks.
 */
import { ServiceError, type Services } from '../../shared/contract'
import { safeExternalUrl } from '../links'
import type { StorageContext } from '../storage/context'
import type { ServiceDeps } from './deps'

export type AppOperations = 'app.info' | 'app.readyToClose' | 'shell.openExternal'

/** Implements app.info, app.readyToClose and shell.openExternal over the given ports and storage. */
export function appServices(
  deps: ServiceDeps,
  ctx: Pick<StorageContext, 'dataDir' | 'readOnly' | 'readOnlyReason'>
): Pick<Services, AppOperations> {
  return {
    'app.info': async () => ({
      version: deps.appVersion,
      dataDir: ctx.dataDir,
      readOnly: ctx.readOnly || deps.readOnly === true,
      ...(ctx.readOnly || deps.readOnly ? { readOnlyReason: ctx.readOnlyReason ?? 'locked' } : {}),
      platform: deps.platform
    }),
    'app.readyToClose': async (input) => {
      deps.onReadyToClose?.(input)
      return null
    },
    'shell.openExternal': async ({ url }) => {
      const safe = safeExternalUrl(url)
      if (!safe)
        throw new ServiceError('not_allowed', 'only http, https and mailto links open outside the app')
      await deps.shell.openExternal(safe)
      return null
    }
  }
}
