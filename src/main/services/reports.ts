/**
 * The report library operations of the contract (and settings), over the storage Library.
 * reports.create is not here: the templates service builds the report and calls context.insertReport.
 */
import { dirname, join } from 'node:path'
import { ServiceError, type Services } from '../../shared/contract'
import { translate } from '../../shared/i18n'
import { newId } from '../../shared/ids'
import { migrate } from '../../shared/migrations'
import type { Language, Report } from '../../shared/model'
import { realFs, type FsPort } from '../storage/fs-port'
import { MAX_REPORT_FILE_BYTES } from '../../shared/shape-guard'
import type { LockOptions } from '../storage/lock'
import { Library } from '../storage/library'
import {
  deleteReport,
  openReport,
  restoreBackup,
  restoreFromTrash,
  saveReport,
  updateReport
} from '../storage/report-revisions'
import { ReportSearch } from '../storage/search'
import type { ServiceDeps } from './deps'
import { safeStem } from '../export/filename'
import { diskWork } from '../storage/errors'
import { exchangeFileText, storeBundledImages } from './exchange-images'

type ReportOperation =
  | 'settings.get'
  | 'settings.update'
  | `reports.${'list' | 'get' | 'save' | 'duplicate' | 'rename' | 'delete' | 'listTrash' | 'restore'}`
  | `reports.${'search' | 'backups' | 'restoreBackup' | 'importFile' | 'exportFile'}`

export type ReportServices = Pick<Services, ReportOperation>

/** Extra ports for tests and the benchmark: a fault-injecting fs, fsync off. */
export interface StorageDeps extends ServiceDeps {
  fs?: FsPort
  fsync?: boolean
  lockFs?: LockOptions['fs']
}

const FILE_SUFFIX = '.tilannekuva.json'

/** A file name from a report title, safe on Windows, macOS and Linux (the export's rules); never empty. */
export function fileNameFor(title: string): string {
  return `${safeStem(title) || 'tilannekuva'}${FILE_SUFFIX}`
}

/** Parses an import file: schema + migrations. Anything wrong → invalid_file (newer format → newer_version). */
export function parseImport(text: string): Report {
  return readImport(text).report
}

/** parseImport, also answering the parsed JSON (its `assets` carry the images). */
function readImport(text: string): { report: Report; raw: unknown } {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new ServiceError('invalid_file', 'not JSON')
  }
  const result = migrate(raw)
  if (result.ok) return { report: result.report, raw }
  if (result.reason === 'newer_version') throw new ServiceError('newer_version')
  throw new ServiceError('invalid_file', result.detail)
}

/** Opens the library in deps.dataDir and returns the report and settings operations plus the storage context. */
export async function reportServices(
  deps: StorageDeps
): Promise<{ services: ReportServices; context: Library }> {
  const now = deps.now ?? (() => new Date())
  const library = await Library.open({
    dataDir: deps.dataDir,
    fs: deps.fs,
    now,
    readOnly: deps.readOnly,
    fsync: deps.fsync,
    lockFs: deps.lockFs,
    platform: deps.platform,
    log: deps.log
  })
  const search = new ReportSearch(() => library.eachReport())
  library.onChange = (id, report) => search.changed(id, report)
  const t = (key: string): string =>
    translate(library.getSettings().uiLanguage as Language, `main:storage.${key}`)
  const filters = [{ name: 'Tilannekuva', extensions: ['json'] }]

  const services: ReportServices = {
    'settings.get': async () => library.getSettings(),
    'settings.update': async (patch) => library.updateSettings(patch),
    'reports.list': async () => library.listing(),
    'reports.get': async ({ id }) => openReport(library, id),
    'reports.save': async ({ report, baseRevision }) => saveReport(library, report, baseRevision),
    'reports.duplicate': async ({ id }) => {
      const source = await library.loadReport(id)
      // The copy's title is in the report's own language, like the rest of its text.
      const suffix = translate(source.language, 'main:storage.copySuffix')
      const title = `${source.title} ${suffix}`.slice(0, 300)
      const stamp = now().toISOString()
      return library.insertReport({ ...source, id: newId(), title, createdAt: stamp, revision: 0 })
    },
    'reports.rename': async ({ id, title }) => {
      const report = await updateReport(library, id, (current) => ({ ...current, title }))
      return { revision: report.revision, updatedAt: report.updatedAt }
    },
    'reports.delete': async ({ id }) => {
      await deleteReport(library, id)
      return null
    },
    'reports.listTrash': async () => library.trash.list(),
    'reports.restore': async ({ id }) => restoreFromTrash(library, id),
    'reports.search': async ({ query }) => search.search(query),
    'reports.backups': async ({ id }) => library.listBackups(id),
    'reports.restoreBackup': async ({ id, backupId }) => restoreBackup(library, id, backupId),
    'reports.importFile': async () => {
      library.assertWritable()
      const path = await deps.dialogs.open({ title: t('importTitle'), filters })
      if (!path) return null
      let text: string
      try {
        // The same cap as start-up; a named pipe or a device picked in the dialog is refused, never opened.
        text = (await (deps.fs ?? realFs).readRegular(path, MAX_REPORT_FILE_BYTES)).toString('utf8')
      } catch {
        throw new ServiceError('invalid_file', 'unreadable or too large')
      }
      const { report, raw } = readImport(text)
      // The images first: the report never refers to an image that is not there.
      await diskWork(() => storeBundledImages(raw, report, library.assets))
      const taken = library.index.summaries.has(report.id)
      return library.insertReport(taken ? { ...report, id: newId() } : report)
    },
    'reports.exportFile': async ({ id }) => {
      const report = await library.loadReport(id)
      const settings = library.getSettings()
      const defaultPath = settings.lastExportDir
        ? join(settings.lastExportDir, fileNameFor(report.title))
        : fileNameFor(report.title)
      const path = await deps.dialogs.save({ title: t('exportTitle'), defaultPath, filters })
      if (!path) return null
      const target = path.endsWith('.json') ? path : `${path}${FILE_SUFFIX}`
      await library.writeFileDurable(target, await exchangeFileText(report, library.assets))
      if (!library.readOnly && dirname(target) !== settings.lastExportDir) {
        await library.updateSettings({ lastExportDir: dirname(target) }).catch(() => undefined)
      }
      return { path: target }
    }
  }
  return { services, context: library }
}
