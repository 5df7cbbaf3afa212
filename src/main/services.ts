/**
 * createServices(deps): the contract implemented in plain Node. No ipcMain here: ipc.ts binds it for Electron,
 * the e2e harness and cli.ts call it directly. Each feature contributes its part.
 */
import type { Services } from '../shared/contract'
import type { ServiceDeps } from './services/deps'
import { appServices } from './services/app'
import { reportServices } from './services/reports'
import { templateServices } from './services/templates'
import { exportServices } from './services/export'
import { exampleServices } from './services/examples'
import { keyFigureServices } from './services/key-figures'

export type { ServiceDeps } from './services/deps'

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
    ...keyFigureServices(reports.context)
  } satisfies Services
  return { ...services, close: () => reports.context.close() }
}
