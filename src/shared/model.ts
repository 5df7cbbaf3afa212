/**
 * The domain model of a situation report (tilannekuva): zod schemas and the types inferred from them.
 * Pure TypeScript: imported by both processes and by tests. Every boundary (IPC, disk, import) parses with these.
 */
import { z } from 'zod'
import { idSchema } from './ids'
import { emptyDoc, richDocSchema } from './richtext'
import { isIsoDate } from './dates'
import { LANGUAGES, REPORT_STATES } from './vocabulary'

/** The on-disk format version of a report file. Bump it only together with a step in migrations.ts. */
export const SCHEMA_VERSION = 2

export { LANGUAGES, REPORT_STATES }
export const languageSchema = z.enum(LANGUAGES)
export type Language = z.infer<typeof languageSchema>

/** Status of a section: the three-colour scale governments use, plus "not assessed". */
export const STATUSES = ['not_assessed', 'on_track', 'needs_attention', 'critical'] as const
export const statusSchema = z.enum(STATUSES)
export type Status = z.infer<typeof statusSchema>

/** Trend relative to the previous report. */
export const TRENDS = ['none', 'improving', 'unchanged', 'worsening'] as const
export const trendSchema = z.enum(TRENDS)
export type Trend = z.infer<typeof trendSchema>

export const reportStateSchema = z.enum(REPORT_STATES)
export type ReportState = z.infer<typeof reportStateSchema>

export const ACTION_STATES = ['open', 'in_progress', 'done'] as const
export const actionStateSchema = z.enum(ACTION_STATES)
export type ActionState = z.infer<typeof actionStateSchema>

/**
 * Classification marking (Government Decree 1101/2019). TL I–III are deliberately not offered:
 * a laptop app is not an approved environment for that material (see docs/report-format.md).
 */
export const CLASSIFICATION_LEVELS = ['none', 'public', 'restricted', 'secret'] as const
export const classificationLevelSchema = z.enum(CLASSIFICATION_LEVELS)
export type ClassificationLevel = z.infer<typeof classificationLevelSchema>

export const classificationSchema = z.object({
  level: classificationLevelSchema,
  /** Legal basis of secrecy, e.g. "JulkL 24.1 § 7 k"; used with level "secret". */
  legalBasis: z.string().max(300).default('')
})
export type Classification = z.infer<typeof classificationSchema>

const id = idSchema
export { idSchema }

/**
 * Calendar date as `YYYY-MM-DD`, or '' when not set; checked by the one date parser (dates.ts), so a day that does
 * not exist is refused here as everywhere. Shown to users only through dates.ts.
 */
export const isoDateSchema = z.union([z.literal(''), z.iso.date().refine(isIsoDate, 'no such day')])
/** Time of day as `HH:MM`, or ''. */
export const timeSchema = z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)])

/**
 * A free-text field with its cap. Caps protect the app (memory, the Word export, a pasted book) and sit well above
 * what officials write: each input reads its cap from here (field-rules.ts) and says so when a text is longer.
 */
const text = (max = 2000) => z.string().max(max).default('')

export const participantSchema = z.object({
  id,
  name: text(200),
  title: text(300),
  organisation: text(300)
})
export type Participant = z.infer<typeof participantSchema>

export const agendaItemSchema = z.object({ id, text: text(2000) })
export type AgendaItem = z.infer<typeof agendaItemSchema>

export const meetingSchema = z.object({
  name: text(300),
  date: isoDateSchema.default(''),
  time: timeSchema.default(''),
  place: text(300),
  chair: text(300),
  secretary: text(300),
  participants: z.array(participantSchema).default([]),
  agenda: z.array(agendaItemSchema).default([])
})
export type Meeting = z.infer<typeof meetingSchema>

export const keyFigureSchema = z.object({
  id,
  indicator: text(1000),
  /**
   * Values are free text as officials write them ("72,5", "1,2 mrd € (sis. RRF 0,3 mrd €)"): no number parsing is
   * imposed, and so is the year ("2023 (ennakkotieto), päivittyy 2024").
   */
  value: text(300),
  target: text(300),
  unit: text(100),
  year: text(100),
  source: text(2000),
  /** The value in the previous report, kept by nextFromPrevious. */
  previousValue: z.string().max(300).optional()
})
export type KeyFigure = z.infer<typeof keyFigureSchema>

export const decisionSchema = z.object({ id, text: text(10000) })
export type Decision = z.infer<typeof decisionSchema>

export const actionSchema = z.object({
  id,
  what: text(4000),
  who: text(500),
  due: isoDateSchema.default(''),
  state: actionStateSchema.default('open'),
  /** Id of the report this action was first recorded in, when carried forward. */
  carriedFromReportId: z.string().max(64).optional()
})
export type Action = z.infer<typeof actionSchema>

export const sectionSchema = z.object({
  id,
  /** The template section this came from; absent for sections the user added. */
  templateSectionId: z.string().max(64).optional(),
  title: text(300),
  /** Guidance from the template: shown to the writer, never exported unless asked. */
  guidance: text(4000),
  status: statusSchema.default('not_assessed'),
  /** The status in the previous report, kept by nextFromPrevious. */
  previousStatus: statusSchema.optional(),
  /**
   * True while the status is the one carried from the previous report and nobody has reviewed it in this one (set by
   * nextFromPrevious; cleared by confirming it, or by choosing a status or a trend). Absent means assessed here.
   */
  statusCarried: z.boolean().optional(),
  trend: trendSchema.default('none'),
  /** Responsible ministry: one of the MINISTRIES codes, or free text. */
  owner: text(300),
  notes: richDocSchema.default(emptyDoc),
  keyFigures: z.array(keyFigureSchema).default([]),
  decisions: z.array(decisionSchema).default([]),
  actions: z.array(actionSchema).default([])
})
export type Section = z.infer<typeof sectionSchema>

export const reportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  /** Bumped by storage on every save; a save names the revision it was based on. */
  revision: z.number().int().nonnegative(),
  title: text(300),
  language: languageSchema,
  state: reportStateSchema.default('draft'),
  version: text(50),
  author: text(300),
  organisation: text(200),
  classification: classificationSchema.default({ level: 'none', legalBasis: '' }),
  diaryNumber: text(100),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  meeting: meetingSchema,
  sections: z.array(sectionSchema).max(2000),
  template: z.object({ id: z.string().max(64), version: z.number().int().nonnegative() }).optional(),
  previousReportId: z.string().max(64).optional()
})
export type Report = z.infer<typeof reportSchema>

/** Text in one or more languages (templates are multilingual; reports are in one language). */
export const localTextSchema = z.object({
  fi: z.string().max(4000).optional(),
  sv: z.string().max(4000).optional(),
  en: z.string().max(4000).optional()
})
export type LocalText = z.infer<typeof localTextSchema>

export const templateKeyFigureSchema = z.object({
  indicator: localTextSchema,
  target: z.string().max(100).default(''),
  unit: z.string().max(50).default(''),
  year: z.string().max(20).default(''),
  source: localTextSchema.default({})
})
export type TemplateKeyFigure = z.infer<typeof templateKeyFigureSchema>

export const templateSectionSchema = z.object({
  id,
  title: localTextSchema,
  guidance: localTextSchema.default({}),
  keyFigures: z.array(templateKeyFigureSchema).default([])
})
export type TemplateSection = z.infer<typeof templateSectionSchema>

export const TEMPLATE_SCHEMA_VERSION = 1
export const templateSchema = z.object({
  schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION).default(TEMPLATE_SCHEMA_VERSION),
  id,
  version: z.number().int().positive(),
  builtIn: z.boolean().default(false),
  name: localTextSchema,
  description: localTextSchema.default({}),
  sections: z.array(templateSectionSchema).max(2000),
  updatedAt: z.iso.datetime().optional()
})
export type Template = z.infer<typeof templateSchema>

/** What the library list shows of a report, kept in library.json so listing never opens report files. */
export const reportSummarySchema = z.object({
  id,
  title: z.string().max(300),
  meetingName: z.string().max(300).default(''),
  meetingDate: isoDateSchema.default(''),
  state: reportStateSchema,
  language: languageSchema,
  updatedAt: z.iso.datetime(),
  sectionCount: z.number().int().nonnegative().default(0),
  previousReportId: z.string().max(64).optional()
})
export type ReportSummary = z.infer<typeof reportSummarySchema>

export const windowBoundsSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean().default(false)
})
export type WindowBounds = z.infer<typeof windowBoundsSchema>

/**
 * An absolute folder path as the system dialogs return it (`/home/…`, `C:\…`, `\\server\share\…`): no `..`
 * segment, no control characters. Settings hold where the user last exported, nothing the renderer makes up.
 */
export const absoluteFolderSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine(
    (path) =>
      /^(\/|[A-Za-z]:[\\/]|\\\\[^\\/]+[\\/][^\\/]+)/.test(path) &&
      ![...path].some((char) => char.charCodeAt(0) < 0x20) &&
      !path.split(/[\\/]/).some((part) => part === '..' || part === '.'),
    'an absolute folder path'
  )

export const settingsSchema = z.object({
  /** UI language; null until the user picks one (then fi). */
  uiLanguage: languageSchema.default('fi'),
  lastExportDir: absoluteFolderSchema.optional(),
  /** Real report ids, newest first. */
  recentReportIds: z.array(idSchema).max(10).default([]),
  /**
   * The file name (no folder) of the organisation Word template the user chose to remember; main keeps its copy in
   * the data folder (templates/org-template.docx). Set and cleared by main only, never by settings.update.
   */
  organisationTemplateName: z
    .string()
    .min(1)
    .max(255)
    .refine((name) => !/[\\/]/.test(name) && ![...name].some((c) => c.charCodeAt(0) < 0x20), 'a file name')
    .optional(),
  window: windowBoundsSchema.optional(),
  /** Spell checking in the editor; absent means on. */
  spellCheck: z.boolean().optional()
})
export type Settings = z.infer<typeof settingsSchema>

export const LIBRARY_SCHEMA_VERSION = 1
export const libraryIndexSchema = z.object({
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  reports: z.array(reportSummarySchema),
  settings: settingsSchema.default({ uiLanguage: 'fi', recentReportIds: [] })
})
export type LibraryIndex = z.infer<typeof libraryIndexSchema>

/** The twelve ministries (domain.md), by their Finnish abbreviation. */
export const MINISTRIES = [
  'VNK',
  'UM',
  'OM',
  'SM',
  'PLM',
  'VM',
  'OKM',
  'MMM',
  'LVM',
  'TEM',
  'STM',
  'YM'
] as const
export type MinistryCode = (typeof MINISTRIES)[number]
