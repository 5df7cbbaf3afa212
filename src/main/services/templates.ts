/**
 * The template operations of the contract, and reports.create (which turns a template or the previous report
 * into a new report). Built-in templates come from src/shared/templates and are never written; user templates
 * live in storage. Nothing is stored when a dialog is cancelled or an import fails.
 */
import { basename, extname, join } from 'node:path'
import { ServiceError, type Operation, type Services } from '../../shared/contract'
import { translate } from '../../shared/i18n'
import { newId } from '../../shared/ids'
import type { Report, Template } from '../../shared/model'
import { createBlankReport, createFromTemplate, nextFromPrevious } from '../../shared/report-ops'
import {
  BUILT_IN_TEMPLATES,
  findBuiltInTemplate,
  isBuiltInTemplateId,
  localText
} from '../../shared/templates'
import type { StorageContext } from '../storage/context'
import { toServiceError } from '../storage/errors'
import { errorCode, realFs } from '../storage/fs-port'
import { sectionsFromDocxFile } from '../templates/docx-import'
import {
  MAX_TEMPLATE_FILE_BYTES,
  parseTemplateFile,
  serializeTemplate,
  TEMPLATE_FILE_SUFFIX,
  templateFileName
} from '../templates/template-file'
import { copyOfTemplate, editedTemplate, templateFromImportedSections } from '../templates/user-templates'
import type { ServiceDeps } from './deps'

export type TemplateOperation = Extract<Operation, `templates.${string}`> | 'reports.create'
export type TemplateServices = Pick<Services, TemplateOperation>

/** Builds the template operations over the storage context. `deps.newId` may be replaced in tests. */
export function templateServices(
  deps: ServiceDeps & { newId?: () => string },
  ctx: StorageContext
): TemplateServices {
  const makeId = deps.newId ?? newId
  const now = (): string => (deps.now?.() ?? new Date()).toISOString()
  const t = (key: string): string => translate(ctx.getSettings().uiLanguage, `templates:${key}`)
  const writable = (): void => {
    if (ctx.readOnly) throw new ServiceError('read_only')
  }

  const userTemplate = async (id: string): Promise<Template | undefined> =>
    (await ctx.listUserTemplates()).find((template) => template.id === id)

  /** A copy, so no caller can change the shared built-in objects. */
  const findTemplate = async (id: string): Promise<Template> => {
    const builtIn = findBuiltInTemplate(id)
    if (builtIn) return structuredClone(builtIn)
    const user = await userTemplate(id)
    if (!user) throw new ServiceError('not_found', 'template')
    return user
  }

  /** An id no built-in or user template has (an imported file may reuse one). */
  const freeId = async (wanted: string): Promise<string> =>
    isBuiltInTemplateId(wanted) || (await userTemplate(wanted)) ? makeId() : wanted

  const createReport: Services['reports.create'] = async (input) => {
    writable()
    if (input.templateId && input.previousReportId) throw new ServiceError('bad_request', 'two sources')
    const options = { id: makeId(), language: input.language, title: input.title, now: now(), newId: makeId }
    let report: Report
    if (input.previousReportId) {
      // The language and template come from the previous report: the series stays in its language.
      const previous = await ctx.loadReport(input.previousReportId)
      report = nextFromPrevious(previous, { ...options, carryNotes: input.carryNotes })
    } else if (input.templateId) {
      report = createFromTemplate(await findTemplate(input.templateId), options)
    } else {
      report = createBlankReport(options)
    }
    if (input.meetingDate) report.meeting.date = input.meetingDate
    return ctx.insertReport(report)
  }

  return {
    'templates.list': async () => {
      const language = ctx.getSettings().uiLanguage
      const users = (await ctx.listUserTemplates()).sort((a, b) =>
        localText(a.name, language).localeCompare(localText(b.name, language), language)
      )
      return [...BUILT_IN_TEMPLATES.map((template) => structuredClone(template)), ...users]
    },
    'templates.get': async ({ id }) => findTemplate(id),
    'templates.save': async ({ template }) => {
      writable()
      if (isBuiltInTemplateId(template.id)) throw new ServiceError('built_in')
      return ctx.saveUserTemplate(editedTemplate(template, await userTemplate(template.id), now()))
    },
    'templates.copy': async ({ id, name }) => {
      writable()
      return ctx.saveUserTemplate(copyOfTemplate(await findTemplate(id), { id: makeId(), now: now(), name }))
    },
    'templates.delete': async ({ id }) => {
      writable()
      if (isBuiltInTemplateId(id)) throw new ServiceError('built_in')
      // Reports made from it hold their own copies of the sections and stay readable.
      await ctx.deleteUserTemplate(id)
      return null
    },
    'templates.importDocx': async ({ language }) => {
      writable()
      const path = await deps.dialogs.open({
        title: t('dialogs.importDocx'),
        filters: [{ name: t('filters.word'), extensions: ['docx'] }]
      })
      if (!path) return null
      const sections = await sectionsFromDocxFile(path)
      const name = basename(path, extname(path))
      const template = templateFromImportedSections(sections, {
        id: makeId(),
        now: now(),
        language,
        name,
        newId: makeId
      })
      return ctx.saveUserTemplate(template)
    },
    'templates.importFile': async () => {
      writable()
      const path = await deps.dialogs.open({
        title: t('dialogs.importFile'),
        filters: [{ name: t('filters.template'), extensions: ['json'] }]
      })
      if (!path) return null
      const text = await readSmallFile(path)
      const template = parseTemplateFile(text)
      return ctx.saveUserTemplate({ ...template, id: await freeId(template.id), updatedAt: now() })
    },
    'templates.exportFile': async ({ id }) => {
      const template = await findTemplate(id)
      const fileName = templateFileName(localText(template.name, ctx.getSettings().uiLanguage))
      const dir = ctx.getSettings().lastExportDir
      const path = await deps.dialogs.save({
        title: t('dialogs.exportFile'),
        defaultPath: dir ? join(dir, fileName) : fileName,
        filters: [{ name: t('filters.template'), extensions: ['json'] }]
      })
      if (!path) return null
      const target = path.endsWith('.json') ? path : `${path}${TEMPLATE_FILE_SUFFIX}`
      await ctx.writeFileDurable(target, serializeTemplate(template))
      return { path: target }
    },
    'reports.create': createReport
  }
}

async function readSmallFile(path: string): Promise<string> {
  try {
    // Never a named pipe or a device, never more than a template may be.
    return (await realFs.readRegular(path, MAX_TEMPLATE_FILE_BYTES)).toString('utf8')
  } catch (error) {
    const code = errorCode(error)
    if (code === 'EFBIG' || code === 'ENOTREG') throw new ServiceError('invalid_file', code)
    throw toServiceError(error)
  }
}
