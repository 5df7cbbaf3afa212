/**
 * The export operations of the contract: export.docx (report from storage → .docx → save dialog → durable write),
 * export.pickTemplate, and export.showInFolder / export.openFile, which accept only files this session exported,
 * so the renderer cannot ask the shell to open arbitrary paths.
 */
import { basename, dirname, extname, join, resolve } from 'node:path'
import { ServiceError, type Operation, type Services } from '../../shared/contract'
import { translate } from '../../shared/i18n'
import { newId } from '../../shared/ids'
import { defaultFileName, exportDocx } from '../export'
import type { AssetStore } from '../storage/assets'
import type { StorageContext } from '../storage/context'
import { diskWork } from '../storage/errors'
import type { ServiceDeps } from './deps'
import { orgTemplateServices, readTemplateFile } from './org-template'
import { keyFigureHistory } from './key-figures'
import { imageSources } from './export-images'

export type ExportServices = Pick<Services, Extract<Operation, `export.${string}`>>

const DOCX_FILTER = { name: 'Word', extensions: ['docx'] }

/** Builds the export operations over the storage context and the dialog and shell ports. */
export function exportServices(
  deps: ServiceDeps,
  ctx: StorageContext & { assets?: AssetStore }
): ExportServices {
  // Paths written by export.docx in this session; the only ones showInFolder/openFile will touch.
  const exported = new Set<string>()
  // Organisation templates the user picked in this session, by the token the renderer holds instead of a path.
  const picked = new Map<string, string>()
  const t = (key: string): string => translate(ctx.getSettings().uiLanguage, `export:${key}`)

  const allowed = (path: string): string => {
    const full = resolve(path)
    if (!exported.has(full)) throw new ServiceError('not_allowed', 'not exported in this session')
    return full
  }

  return {
    ...orgTemplateServices(deps, ctx, picked),
    'export.docx': async ({ reportId, options: request }) => {
      // A path in the request is dropped even when a caller skips dispatch's strict parse.
      const { organisationTemplate: token, ...options } = request
      delete (options as { organisationTemplatePath?: unknown }).organisationTemplatePath
      const templatePath = token === undefined ? undefined : picked.get(token)
      // Only a file main handed out: an unknown token says nothing about which files exist.
      if (token !== undefined && !templatePath) throw new ServiceError('not_allowed', 'unknown template')
      // The stored report is the source of truth, not whatever the renderer holds.
      const report = await ctx.loadReport(reportId)
      // The meeting series the charts draw, read as the Tunnusluvut view reads it (a predecessor that is gone
      // ends it there). Not read when no chart is wanted.
      const series =
        options.includeCharts === false
          ? []
          : (
              await keyFigureHistory(
                (id) => (id === reportId ? Promise.resolve(report) : ctx.loadReport(id)),
                reportId
              )
            ).reports
      // Built before the dialog: a bad organisation template fails here, and nothing half-made reaches the disk.
      const bytes = await exportDocx(
        report,
        templatePath ? { ...options, organisationTemplatePath: templatePath } : options,
        series,
        await imageSources(report, ctx.assets)
      )
      const settings = ctx.getSettings()
      const name = defaultFileName(report, options.language ?? report.language)
      const chosen = await deps.dialogs.save({
        title: t('saveTitle'),
        defaultPath: settings.lastExportDir ? join(settings.lastExportDir, name) : name,
        filters: [DOCX_FILTER]
      })
      if (!chosen) return null
      const path = resolve(extname(chosen).toLowerCase() === '.docx' ? chosen : `${chosen}.docx`)
      await diskWork(() => ctx.writeFileDurable(path, bytes))
      exported.add(path)
      if (!ctx.readOnly) {
        // Remembering the folder is a convenience: the export itself has succeeded even if this fails.
        await ctx.updateSettings({ lastExportDir: dirname(path) }).catch((error: unknown) => {
          deps.log?.('could not remember the export folder', error)
        })
      }
      return { path }
    },

    'export.pickTemplate': async () => {
      const path = await deps.dialogs.open({ title: t('pickTemplateTitle'), filters: [DOCX_FILTER] })
      if (!path) return null
      // Checked now, so the user hears about a wrong file when picking it, not at export time.
      await readTemplateFile(path)
      const token = newId()
      picked.set(token, resolve(path))
      return { token, name: basename(path) }
    },

    'export.showInFolder': async ({ path }) => {
      deps.shell.showItemInFolder(allowed(path))
      return null
    },

    'export.openFile': async ({ path }) => {
      await deps.shell.openPath(allowed(path))
      return null
    }
  }
}
