/**
 * createServices(deps): the contract implemented in plain Node. No ipcMain here: ipc.ts binds it for Electron,
 * the e2e harness and cli.ts call it directly. Each feature contributes its part.
 */
import type { Services } from '../../shared/contract'
import type { ServiceDeps } from './deps'
import { appServices } from './app'
import { reportServices } from './reports'
import { templateServices } from './templates'
import { exportServices } from './export'
import { exampleServices } from './examples'
import { keyFigureServices } from './key-figures'
import { contributionServices } from './contributions'
import { spellingServices } from './spelling'
import { imageServices } from './images'

export type { ServiceDeps } from './deps'

/** Builds every operation of the contract over the given data folder and ports. */
export async function createServices(deps: ServiceDeps): Promise<Services & { close(): Promise<void> }> {
  const reports = await reportServices(deps)
  const templates = templateServices(deps, reports.context)
  const services = {
    ...appServices(deps, reports.context),
    ...reports.services,
    ...templates,
    ...exportServices(deps, reports.context),
    ...exampleServices(deps, reports.context),
    ...keyFigureServices(reports.context),
    ...(await contributionServices(deps, reports.context)),
    ...spellingServices(deps, reports.context),
    ...imageServices(reports.context)
  } satisfies Services
  return { ...services, close: () => reports.context.close() }
}
