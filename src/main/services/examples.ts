/**
 * reports.importExample: copies the bundled example report (resources/examples) into the library, so a first-time
 * user can see a filled-in situation report. Each import is a new report with its own id; the bundled file is
 * validated (and migrated) like any imported file, so an outdated example can never put a bad report on disk.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ServiceError, type Services } from '../../shared/contract'
import { newId } from '../../shared/ids'
import { migrate } from '../../shared/migrations'
import type { StorageContext } from '../storage/context'
import type { ServiceDeps } from './deps'

export const EXAMPLE_FILE = 'esimerkki.tilannekuva.json'

/** The example operation over the given resources folder and storage. */
export function exampleServices(
  deps: ServiceDeps,
  ctx: StorageContext
): Pick<Services, 'reports.importExample'> {
  const now = deps.now ?? (() => new Date())
  return {
    'reports.importExample': async () => {
      if (ctx.readOnly) throw new ServiceError('read_only')
      let text: string
      try {
        text = await readFile(join(deps.resourcesDir, 'examples', EXAMPLE_FILE), 'utf8')
      } catch {
        throw new ServiceError('not_found', 'example missing')
      }
      let raw: unknown
      try {
        raw = JSON.parse(text)
      } catch {
        throw new ServiceError('invalid_file', 'example is not JSON')
      }
      const result = migrate(raw)
      if (!result.ok) {
        throw new ServiceError(
          result.reason === 'newer_version' ? 'newer_version' : 'invalid_file',
          'example'
        )
      }
      const stamp = now().toISOString()
      // A fresh copy: its own id, and no link to a predecessor that is not in this library.
      const { previousReportId: _unused, ...report } = result.report
      return ctx.insertReport({ ...report, id: newId(), revision: 0, createdAt: stamp, updatedAt: stamp })
    }
  }
}
