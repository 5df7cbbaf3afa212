/**
 * The remembered organisation Word template (issue 9): the user picks a .docx once and may ask the app to keep it.
 * Main copies the file into the data folder (templates/org-template.docx) — the original may sit on a share that is
 * offline in the meeting — and keeps only its name in the settings. The renderer sees the name and a token for this
 * session, never a path, and can forget the template (the copy is removed).
 */
import { join } from 'node:path'
import { ServiceError, type Services } from '../../shared/contract'
import { newId } from '../../shared/ids'
import { templatePlaceholders } from '../export'
import type { StorageContext } from '../storage/context'
import { diskWork } from '../storage/errors'
import { errorCode, realFs } from '../storage/fs-port'
import type { ServiceDeps } from './deps'

/** A Word template is a few megabytes; a pipe or a device is never opened. */
const MAX_TEMPLATE_BYTES = 50 * 1024 * 1024

type OrgTemplateOperation = 'export.rememberTemplate' | 'export.rememberedTemplate' | 'export.forgetTemplate'

/** Reads a template file and checks it is a .docx the exporter can fill; `not_docx` otherwise. */
export async function readTemplateFile(path: string): Promise<Uint8Array> {
  const bytes = await diskWork(() => realFs.readRegular(path, MAX_TEMPLATE_BYTES)).catch(() => {
    throw new ServiceError('not_docx', 'not a readable file')
  })
  await templatePlaceholders(bytes)
  return bytes
}

/** The three operations over the session's token → path map that export.pickTemplate fills. */
export function orgTemplateServices(
  deps: ServiceDeps,
  ctx: StorageContext,
  picked: Map<string, string>
): Pick<Services, OrgTemplateOperation> {
  const storedPath = join(ctx.dataDir, 'templates', 'org-template.docx')
  const handOut = (path: string, name: string) => {
    const token = newId()
    picked.set(token, path)
    return { token, name, remembered: true }
  }
  const clearSetting = async () => {
    if (ctx.getSettings().organisationTemplateName === undefined || ctx.readOnly) return
    await ctx.updateSettings({ organisationTemplateName: undefined })
  }

  return {
    'export.rememberTemplate': async ({ token }) => {
      if (ctx.readOnly) throw new ServiceError('read_only')
      const path = picked.get(token)
      if (!path) throw new ServiceError('not_allowed', 'unknown template')
      // Checked again: the picked file may have changed since it was picked.
      const bytes = await readTemplateFile(path)
      await diskWork(() => realFs.mkdir(join(ctx.dataDir, 'templates'), { recursive: true }))
      await diskWork(() => ctx.writeFileDurable(storedPath, bytes))
      const name = path.split(/[\\/]/).pop() || 'org-template.docx'
      await ctx.updateSettings({ organisationTemplateName: name })
      return handOut(storedPath, name)
    },

    'export.rememberedTemplate': async () => {
      const name = ctx.getSettings().organisationTemplateName
      if (name === undefined) return null
      try {
        await readTemplateFile(storedPath)
      } catch (error) {
        // The copy is gone or damaged: say nothing is remembered rather than fail every export dialog.
        deps.log?.('the remembered organisation template could not be read', error)
        await clearSetting().catch(() => undefined)
        return null
      }
      return handOut(storedPath, name)
    },

    'export.forgetTemplate': async () => {
      if (ctx.readOnly) throw new ServiceError('read_only')
      await realFs.unlink(storedPath).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error
      })
      for (const [token, path] of picked) if (path === storedPath) picked.delete(token)
      await clearSetting()
      return null
    }
  }
}
