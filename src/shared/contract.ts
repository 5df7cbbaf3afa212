/**
 * The one list of what crosses IPC. Each operation names its input schema (parsed in main from `unknown`)
 * and its result type. The main side (ipc.ts), the preload/client (client.ts) and the services
 * (services/index.ts) are all typed from this object, so a mismatch fails `npm run typecheck`.
 */
import { z } from 'zod'
import {
  idSchema,
  isoDateSchema,
  languageSchema,
  reportSchema,
  templateSchema,
  absoluteFolderSchema,
  windowBoundsSchema,
  type Report,
  type ReportSummary,
  type Settings,
  type Template
} from './model'
import type { KeyFigureHistory } from './key-figures/history'
import * as contribution from './contributions/ipc'
import { inDateRange } from './dates'
import { addUserWordInputSchema, type UserDictionary } from './user-dictionary'
import { addImageInputSchema, type AddedImage } from './images-contract'

/** Declares an operation: `op<Result>()(inputSchema)`. The result type is carried only at the type level. */
function op<R>() {
  return <I extends z.ZodType>(input: I): { input: I; result?: R } => ({ input })
}

const none = z.object({}).strict()
const byId = z.object({ id: idSchema }).strict()

/** The opaque handle of an organisation template main handed out (the renderer never holds a path). */
const templateTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)

export const exportOptionsSchema = z
  .object({
    language: languageSchema.optional(),
    /** Off by default: a section with nothing in it is named on one line instead of filling a page. */
    includeEmptySections: z.boolean().default(false),
    includeOverview: z.boolean().default(true),
    includeActionList: z.boolean().default(true),
    includeGuidance: z.boolean().default(false),
    /** A table of contents whose page numbers Word fills when the file opens (it asks first). */
    includeContents: z.boolean().default(false),
    /** A Word chart of each key figure read at two meetings or more (nothing to draw otherwise). */
    includeCharts: z.boolean().default(true),
    /** Path of an organisation .docx template with placeholders (main and the CLI only: never from the renderer). */
    organisationTemplatePath: z.string().max(4096).optional()
  })
  .strict()
export type ExportOptions = z.infer<typeof exportOptionsSchema>

/**
 * What the renderer may ask of export.docx: the document options, and the organisation template only as the
 * opaque token export.pickTemplate handed out. The renderer names no files.
 */
export const exportRequestSchema = exportOptionsSchema
  .omit({ organisationTemplatePath: true })
  .extend({
    organisationTemplate: templateTokenSchema.optional()
  })
  .strict()
export type ExportRequest = z.infer<typeof exportRequestSchema>

/** A picked organisation template: a token to pass back, and the file's name to show. */
export interface PickedTemplate {
  token: string
  name: string
  /** True when main keeps it for later exports (the remembered setting). */
  remembered?: boolean
}

/** Why the whole data folder opened read-only: another window holds it, the disk is full, or it cannot be written. */
export const FOLDER_READ_ONLY_REASONS = ['locked', 'disk_full', 'folder_read_only'] as const
export type FolderReadOnlyReason = (typeof FOLDER_READ_ONLY_REASONS)[number]

export interface AppInfo {
  version: string
  dataDir: string
  /** True when the data folder cannot be written: everything opens read-only. */
  readOnly: boolean
  readOnlyReason?: FolderReadOnlyReason
  platform: string
}

export interface OpenedReport {
  report: Report
  /** Set when the report cannot be saved: newer schema version, or the data folder is read-only (and why). */
  readOnly: boolean
  readOnlyReason?: 'newer_version' | FolderReadOnlyReason
}

export interface SaveResult {
  revision: number
  updatedAt: string
}

export interface TrashEntry {
  id: string
  title: string
  deletedAt: string
}

export interface BackupEntry {
  backupId: string
  savedAt: string
  revision: number
}

export interface LibraryProblem {
  /** The file that was moved aside, and where to. */
  file: string
  movedTo?: string
  kind:
    | 'invalid_json'
    | 'invalid_schema'
    | 'missing_file'
    | 'index_rebuilt'
    | 'newer_version'
    /** Left in place: no permission to read it, or a read error. */
    | 'unreadable'
    /** Left in place: larger than any report can be (the import cap). */
    | 'too_large'
    /** Left in place: a folder, a named pipe, a link or a device where a report file should be. */
    | 'not_a_file'
  reportId?: string
  /** A backup that can be restored, if any. */
  backupId?: string
}

export interface LibraryListing {
  reports: ReportSummary[]
  problems: LibraryProblem[]
}

export interface ExportDone {
  path: string
}

/** Options for creating a report; exactly one source, or none for a blank report. */
export const createReportInputSchema = z
  .object({
    language: languageSchema,
    title: z.string().max(300).optional(),
    templateId: idSchema.optional(),
    previousReportId: idSchema.optional(),
    /** With previousReportId: start the notes as the previous text instead of empty. */
    carryNotes: z.boolean().default(false),
    /** The meeting's date when known (the next-report dialog asks it), so exports carry the meeting's date. */
    meetingDate: isoDateSchema.refine((iso) => iso === '' || inDateRange(iso), 'out of range').optional()
  })
  .strict()
export type CreateReportInput = z.infer<typeof createReportInputSchema>

/**
 * The renderer's answer to `app:flush`. With `unsaved`, some changes could not be saved (a field the model refuses,
 * a full disk, newer work on disk): main asks the user whether to save this copy of the open report as a file,
 * stay in the window, or discard them. The copy is a whole, valid report, so import accepts it.
 */
export const readyToCloseInputSchema = z
  .object({ unsaved: z.object({ report: reportSchema }).strict().optional() })
  .strict()
export type ReadyToCloseInput = z.infer<typeof readyToCloseInputSchema>

/**
 * A change to some settings: only the fields sent. Not `settingsSchema.partial()`: zod still fills the defaults of
 * a partial's fields, so changing one setting reset the UI language to Finnish and emptied the recent reports.
 */
const settingsPatchSchema = z
  .object({
    uiLanguage: languageSchema,
    lastExportDir: absoluteFolderSchema,
    recentReportIds: z.array(idSchema).max(10),
    window: windowBoundsSchema,
    spellCheck: z.boolean()
  })
  .partial()
  .strict() satisfies z.ZodType<Partial<Settings>>

export const contract = {
  'app.info': op<AppInfo>()(none),
  /** The renderer has flushed its pending saves after an `app:flush` event; the window may close. */
  'app.readyToClose': op<null>()(readyToCloseInputSchema),

  'settings.get': op<Settings>()(none),
  // Only the fields a user sets; the remembered organisation template is main's (export.rememberTemplate).
  'settings.update': op<Settings>()(settingsPatchSchema),

  'reports.list': op<LibraryListing>()(none),
  'reports.get': op<OpenedReport>()(byId),
  'reports.create': op<Report>()(createReportInputSchema),
  'reports.save': op<SaveResult>()(
    z.object({ report: reportSchema, baseRevision: z.number().int().nonnegative() }).strict()
  ),
  'reports.duplicate': op<Report>()(byId),
  'reports.rename': op<SaveResult>()(z.object({ id: idSchema, title: z.string().max(300) }).strict()),
  'reports.delete': op<null>()(byId),
  'reports.listTrash': op<TrashEntry[]>()(none),
  'reports.restore': op<ReportSummary>()(byId),
  'reports.search': op<string[]>()(z.object({ query: z.string().max(500) }).strict()),
  'reports.backups': op<BackupEntry[]>()(byId),
  'reports.restoreBackup': op<Report>()(z.object({ id: idSchema, backupId: z.string().max(200) }).strict()),
  /** Copies the bundled example report (resources/examples) into the library, for a first look. */
  'reports.importExample': op<Report>()(none),
  /** Opens a file dialog in main; null when the user cancelled. */
  'reports.importFile': op<Report | null>()(none),
  /** Saves one report as `.tilannekuva.json` through a save dialog; null when cancelled. */
  'reports.exportFile': op<ExportDone | null>()(byId),

  'templates.list': op<Template[]>()(none),
  'templates.get': op<Template>()(byId),
  'templates.save': op<Template>()(z.object({ template: templateSchema }).strict()),
  'templates.copy': op<Template>()(z.object({ id: idSchema, name: z.string().max(300).optional() }).strict()),
  'templates.delete': op<null>()(byId),
  /** Picks a .docx and makes a user template of its headings; null when cancelled. */
  'templates.importDocx': op<Template | null>()(z.object({ language: languageSchema }).strict()),
  'templates.importFile': op<Template | null>()(none),
  'templates.exportFile': op<ExportDone | null>()(byId),

  /** Exports a report (loaded from storage) to .docx through a save dialog; null when cancelled. */
  'export.docx': op<ExportDone | null>()(
    z.object({ reportId: idSchema, options: exportRequestSchema.default({} as never) }).strict()
  ),
  /** Picks an organisation .docx template; null when cancelled. */
  'export.pickTemplate': op<PickedTemplate | null>()(none),
  /** Only paths this session exported are accepted. */
  /** Keeps a template picked in this session for later exports: main copies the file into the data folder. */
  'export.rememberTemplate': op<PickedTemplate>()(z.object({ token: templateTokenSchema }).strict()),
  /** The remembered organisation template, handed out as a token for this session; null when none is kept. */
  'export.rememberedTemplate': op<PickedTemplate | null>()(none),
  /** Forgets the remembered organisation template and removes main's copy of it. */
  'export.forgetTemplate': op<null>()(none),
  'export.showInFolder': op<null>()(z.object({ path: z.string().max(4096) }).strict()),
  'export.openFile': op<null>()(z.object({ path: z.string().max(4096) }).strict()),

  /** The key figures of a report and its predecessors (previousReportId), oldest first, for the trend charts. */
  'keyFigures.history': op<KeyFigureHistory>()(byId),

  /** Contributions (issue 13): requests asked of this report, or the request this report answers. */
  'contributions.list': op<contribution.ContributionListing>()(byId),
  /** Ids of the reports in this library that are contributions to someone else's report (marked in the list). */
  'contributions.mine': op<string[]>()(none),
  /** Writes one request file per contributor, each through a save dialog; cancelled ones are not asked. */
  'contributions.ask': op<contribution.AskResult>()(contribution.askInputSchema),
  /** Opens a request file (dialog) into this library as a contribution to write; null when cancelled. */
  'contributions.openRequest': op<contribution.OpenedRequest | null>()(none),
  /** Opens the request files the system asked the app to open (file association); null when there are none. */
  'contributions.openPending': op<contribution.OpenedRequest | null>()(none),
  /** The same for a request file dropped on the window. */
  'contributions.openDroppedRequest': op<contribution.OpenedRequest>()(contribution.droppedFileSchema),
  /** Writes the reply of a contribution report through a save dialog; null when cancelled. */
  'contributions.return': op<ExportDone | null>()(byId),
  /** Reads one or more reply files (dialog) for a report; nothing is written. Null when cancelled. */
  'contributions.importReplies': op<contribution.ReplyImport | null>()(byId),
  /** The same for reply files dropped on the window. */
  'contributions.importDroppedReplies': op<contribution.ReplyImport>()(
    z.object({ id: idSchema, files: z.array(contribution.droppedFileSchema).min(1).max(50) }).strict()
  ),
  /** Saves the merged report as one new revision on the one the import read (a backup first). */
  'contributions.confirmMerge': op<SaveResult>()(contribution.confirmMergeInputSchema),
  /** The user's spelling dictionary, every language's words; spell.addWord stores one more word. */
  'spell.userWords': op<UserDictionary>()(none),
  'spell.addWord': op<UserDictionary>()(addUserWordInputSchema),
  /** Help → About: the third-party notices shipped with the app (resources/THIRD-PARTY-NOTICES.txt). */
  'app.notices': op<string>()(none),
  /** Stores an image of the notes (bytes as base64) after checking it; answers its asset name and size. */
  'images.add': op<AddedImage>()(addImageInputSchema),

  /** Opens an http(s)/mailto link in the system browser. */
  'shell.openExternal': op<null>()(z.object({ url: z.string().max(4096) }).strict())
} as const

export type Contract = typeof contract
export type Operation = keyof Contract
export type OperationInput<K extends Operation> = z.input<Contract[K]['input']>
export type ParsedInput<K extends Operation> = z.output<Contract[K]['input']>
export type OperationResult<K extends Operation> =
  NonNullable<Contract[K]['result']> extends never ? null : Exclude<Contract[K]['result'], undefined>

/** Error codes a renderer can translate into a message in the user's language. */
export const ERROR_CODES = [
  'unknown_operation',
  'forbidden_sender',
  'bad_request',
  'not_found',
  'stale_revision',
  'read_only',
  'disk_full',
  'permission_denied',
  'io_error',
  'corrupt_file',
  'newer_version',
  'invalid_file',
  'not_docx',
  'encrypted_docx',
  'no_headings',
  'no_placeholders',
  'built_in',
  'not_allowed',
  /** An image that is empty, too large, not PNG/JPEG or unreadable (detail says which). */
  'invalid_image',
  'internal'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface AppError {
  code: ErrorCode
  /** A short developer detail (never a stack trace); the UI shows its own translated text. */
  detail?: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

/** Thrown inside services; ipc.ts turns it into `{ ok: false, error }`. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    detail?: string
  ) {
    super(detail ?? code)
    this.name = 'ServiceError'
  }
}

/** What the services implement: each operation takes its parsed input and resolves to its result. */
export type Services = {
  [K in Operation]: (input: ParsedInput<K>) => Promise<OperationResult<K>>
}

type Namespace = Operation extends `${infer N}.${string}` ? N : never

/** What the renderer sees as `window.api`: `api.reports.save(input)` → `Result`. */
export type Api = {
  [N in Namespace]: {
    [K in Operation as K extends `${N}.${infer M}` ? M : never]: (
      input: OperationInput<K>
    ) => Promise<Result<OperationResult<K>>>
  }
} & { events: AppEvents }

/** Events main sends to the renderer. Only these names pass the preload. */
export const EVENT_NAMES = ['app:flush', 'menu:command'] as const
export type EventName = (typeof EVENT_NAMES)[number]
export const MENU_COMMANDS = [
  'new-report',
  'open-library',
  'import-report',
  'open-contribution',
  /** Not on the menu: main has files the system asked it to open (contributions.openPending). */
  'opened-files',
  'export-docx',
  'save',
  'settings',
  'help',
  'about',
  'templates'
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export interface AppEvents {
  /** Subscribes; returns the unsubscribe function. */
  on(name: 'app:flush', listener: () => void): () => void
  on(name: 'menu:command', listener: (command: MenuCommand) => void): () => void
}

/** The single IPC channel for invocations, and the one for events. */
export const INVOKE_CHANNEL = 'tilannekuva:invoke'
export const EVENT_CHANNEL = 'tilannekuva:event'
