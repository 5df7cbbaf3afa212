/**
 * What main may answer, operation by operation, as zod schemas for the fake api to check its handlers' answers.
 * The contract carries results only as types; `answer<K>()` accepts a schema only if its output type is exactly the
 * contract's result type for K, and the map must cover every operation, so a change to the contract fails the
 * typecheck here until the fake follows it.
 */
import { z } from 'zod'
import { FOLDER_READ_ONLY_REASONS, type Operation, type OperationResult } from '../../../src/shared/contract'
import {
  languageSchema,
  reportSchema,
  reportSummarySchema,
  settingsSchema,
  templateSchema
} from '../../../src/shared/model'
import * as contribution from '../../../src/shared/contributions/ipc'
import { userDictionarySchema } from '../../../src/shared/user-dictionary'

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

/** `answer<'reports.get'>()(schema)`: compiles only when the schema's output is the contract's result. */
function answer<K extends Operation>() {
  return <S extends z.ZodType>(
    schema: S & (Same<z.output<S>, OperationResult<K>> extends true ? unknown : never)
  ) => schema
}

const none = z.null()
const exportDone = z.object({ path: z.string() })
const pickedTemplate = z
  .object({ token: z.string(), name: z.string(), remembered: z.boolean().optional() })
  .strict()
const saveResult = z.object({ revision: z.number().int().nonnegative(), updatedAt: z.string() })
const libraryProblem = z.object({
  file: z.string(),
  movedTo: z.string().optional(),
  kind: z.enum([
    'invalid_json',
    'invalid_schema',
    'missing_file',
    'index_rebuilt',
    'newer_version',
    'unreadable',
    'too_large',
    'not_a_file'
  ]),
  reportId: z.string().optional(),
  backupId: z.string().optional()
})

const figureSnapshot = z.object({
  id: z.string(),
  sectionId: z.string(),
  templateSectionId: z.string().optional(),
  sectionTitle: z.string(),
  indicator: z.string(),
  value: z.string(),
  target: z.string(),
  unit: z.string(),
  year: z.string()
})
const keyFigureHistory = z.object({
  reports: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      meetingDate: z.string(),
      language: languageSchema,
      figures: z.array(figureSnapshot)
    })
  ),
  end: z.enum(['start', 'missing', 'unreadable', 'cycle', 'limit'])
})

export const resultSchemas: { [K in Operation]: z.ZodType<OperationResult<K>> } = {
  'app.info': answer<'app.info'>()(
    z.object({
      version: z.string(),
      dataDir: z.string(),
      readOnly: z.boolean(),
      readOnlyReason: z.enum(FOLDER_READ_ONLY_REASONS).optional(),
      platform: z.string()
    })
  ),
  'app.readyToClose': answer<'app.readyToClose'>()(none),
  'settings.get': answer<'settings.get'>()(settingsSchema),
  'settings.update': answer<'settings.update'>()(settingsSchema),
  'reports.list': answer<'reports.list'>()(
    z.object({ reports: z.array(reportSummarySchema), problems: z.array(libraryProblem) })
  ),
  'reports.get': answer<'reports.get'>()(
    z.object({
      report: reportSchema,
      readOnly: z.boolean(),
      readOnlyReason: z.enum(['newer_version', ...FOLDER_READ_ONLY_REASONS]).optional()
    })
  ),
  'reports.create': answer<'reports.create'>()(reportSchema),
  'reports.save': answer<'reports.save'>()(saveResult),
  'reports.duplicate': answer<'reports.duplicate'>()(reportSchema),
  'reports.rename': answer<'reports.rename'>()(saveResult),
  'reports.delete': answer<'reports.delete'>()(none),
  'reports.listTrash': answer<'reports.listTrash'>()(
    z.array(z.object({ id: z.string(), title: z.string(), deletedAt: z.string() }))
  ),
  'reports.restore': answer<'reports.restore'>()(reportSummarySchema),
  'reports.search': answer<'reports.search'>()(z.array(z.string())),
  'reports.backups': answer<'reports.backups'>()(
    z.array(z.object({ backupId: z.string(), savedAt: z.string(), revision: z.number() }))
  ),
  'reports.restoreBackup': answer<'reports.restoreBackup'>()(reportSchema),
  'reports.importExample': answer<'reports.importExample'>()(reportSchema),
  'reports.importFile': answer<'reports.importFile'>()(reportSchema.nullable()),
  'reports.exportFile': answer<'reports.exportFile'>()(exportDone.nullable()),
  'templates.list': answer<'templates.list'>()(z.array(templateSchema)),
  'templates.get': answer<'templates.get'>()(templateSchema),
  'templates.save': answer<'templates.save'>()(templateSchema),
  'templates.copy': answer<'templates.copy'>()(templateSchema),
  'templates.delete': answer<'templates.delete'>()(none),
  'templates.importDocx': answer<'templates.importDocx'>()(templateSchema.nullable()),
  'templates.importFile': answer<'templates.importFile'>()(templateSchema.nullable()),
  'templates.exportFile': answer<'templates.exportFile'>()(exportDone.nullable()),
  'export.docx': answer<'export.docx'>()(exportDone.nullable()),
  'export.pickTemplate': answer<'export.pickTemplate'>()(pickedTemplate.nullable()),
  'export.rememberTemplate': answer<'export.rememberTemplate'>()(pickedTemplate),
  'export.rememberedTemplate': answer<'export.rememberedTemplate'>()(pickedTemplate.nullable()),
  'export.forgetTemplate': answer<'export.forgetTemplate'>()(none),
  'export.showInFolder': answer<'export.showInFolder'>()(none),
  'export.openFile': answer<'export.openFile'>()(none),
  'shell.openExternal': answer<'shell.openExternal'>()(none),
  'keyFigures.history': answer<'keyFigures.history'>()(keyFigureHistory),
  'contributions.list': answer<'contributions.list'>()(contribution.contributionListingSchema),
  'contributions.mine': answer<'contributions.mine'>()(z.array(z.string())),
  'contributions.ask': answer<'contributions.ask'>()(contribution.askResultSchema),
  'contributions.openRequest': answer<'contributions.openRequest'>()(
    contribution.openedRequestSchema.nullable()
  ),
  'contributions.openPending': answer<'contributions.openPending'>()(
    contribution.openedRequestSchema.nullable()
  ),
  'contributions.openDroppedRequest': answer<'contributions.openDroppedRequest'>()(
    contribution.openedRequestSchema
  ),
  'contributions.return': answer<'contributions.return'>()(exportDone.nullable()),
  'contributions.importReplies': answer<'contributions.importReplies'>()(
    contribution.replyImportSchema.nullable()
  ),
  'contributions.importDroppedReplies': answer<'contributions.importDroppedReplies'>()(
    contribution.replyImportSchema
  ),
  'contributions.confirmMerge': answer<'contributions.confirmMerge'>()(saveResult),
  'spell.userWords': answer<'spell.userWords'>()(userDictionarySchema),
  'spell.addWord': answer<'spell.addWord'>()(userDictionarySchema),
  'app.notices': answer<'app.notices'>()(z.string()),
  'images.add': answer<'images.add'>()(
    z.object({ asset: z.string(), width: z.number(), height: z.number() }).strict()
  )
}
