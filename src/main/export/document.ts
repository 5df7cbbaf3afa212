/**
 * exportReport: a report → the bytes of a .docx that Word and LibreOffice open without complaint. Pure Node over
 * the `docx` package; the same function serves the app (services/export.ts) and the headless CLI.
 */
import { Document, Packer, PageOrientation, Paragraph, convertMillimetersToTwip } from 'docx'
import { exportOptionsSchema, type ExportOptions } from '../../shared/contract'
import type { Report } from '../../shared/model'
import { cleanDeep } from './clean'
import { corePropertiesXml } from './core-properties'
import { formatDate } from '../../shared/dates'
import { pageFooter, pageHeader } from './header-footer'
import { markingText } from './marking'
import { openActionBlocks, overviewBlocks } from './overview'
import { createRichContext, type Block } from './richtext'
import { isEmptySection, sectionBlocks } from './sections'
import { documentNumbering, documentStyles, EXTERNAL_STYLES } from './styles'
import { contentsBlocks } from './contents'
import { participantBlocks, titleBlock } from './title-block'
import { textRuns } from './text'
import { organisationName, vocabulary } from './vocabulary'

export type ExportOptionsInput = Partial<ExportOptions>

/** Builds the .docx of `report`. Every string is cleaned of XML-illegal characters first. */
export async function exportReport(report: Report, options: ExportOptionsInput = {}): Promise<Buffer> {
  const { document, core } = buildDocument(report, options)
  return Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: core }])
}

/** Options with their defaults, the report cleaned of XML-illegal characters, its language and words. */
export function prepareExport(dirty: Report, input: ExportOptionsInput) {
  const options = exportOptionsSchema.parse(input)
  const report = cleanDeep(dirty)
  const language = options.language ?? report.language
  return { options, report, language, words: vocabulary(language) }
}

/** The docx Document and the core-properties XML of a report. */
export function buildDocument(dirty: Report, input: ExportOptionsInput) {
  const { options, report, language, words } = prepareExport(dirty, input)
  const marking = markingText(report.classification, words)
  const body = reportBody(report, options, language)
  const organisation = organisationName(report.organisation, words)
  const subject = [report.meeting.name, formatDate(report.meeting.date, language)].filter(Boolean).join(' ')
  const keywords = [words.documentKind, marking, report.diaryNumber, organisation].filter(Boolean).join('; ')
  const title = report.title.trim() || words.documentKind

  const document = new Document({
    title,
    subject,
    creator: report.author,
    keywords,
    description: marking,
    externalStyles: EXTERNAL_STYLES,
    styles: documentStyles(words.locale),
    numbering: documentNumbering(),
    customProperties: [
      { name: 'Classification', value: marking || '-' },
      { name: 'DiaryNumber', value: report.diaryNumber || '-' },
      { name: 'ReportState', value: words.states[report.state] }
    ],
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.PORTRAIT, width: 11906, height: 16838 },
            margin: {
              top: convertMillimetersToTwip(25),
              bottom: convertMillimetersToTwip(20),
              left: convertMillimetersToTwip(25),
              right: convertMillimetersToTwip(20),
              header: convertMillimetersToTwip(10),
              footer: convertMillimetersToTwip(10)
            }
          }
        },
        headers: { default: pageHeader(report, marking, words) },
        footers: { default: pageFooter(words) },
        children: body
      }
    ]
  })
  const core = corePropertiesXml({
    title,
    subject,
    creator: report.author,
    keywords,
    description: marking,
    language: words.locale,
    contentStatus: report.state === 'draft' ? words.draft : words.states.final,
    category: marking,
    created: report.createdAt,
    modified: report.updatedAt,
    revision: report.revision
  })
  return { document, core }
}

/** Every block of the body, in the order the issue asks for. */
export function reportBody(
  report: Report,
  options: ExportOptions,
  language: Report['language'],
  // An organisation template brings its own title block and contents; its {{body}} gets the rest.
  forTemplate = false
): Block[] {
  const words = vocabulary(language)
  const marking = markingText(report.classification, words)
  const sections = options.includeEmptySections
    ? report.sections
    : report.sections.filter((s) => !isEmptySection(s))
  const ctx = createRichContext()
  const blocks: Block[] = forTemplate
    ? participantBlocks(report, words)
    : titleBlock(report, marking, words, language)
  if (sections.length === 0) {
    blocks.push(new Paragraph({ children: textRuns(words.labels.noSections) }))
    return blocks
  }
  // The contents go here, but their entries are known only once the headings after them are made.
  const contentsAt = blocks.length
  if (options.includeOverview) blocks.push(...overviewBlocks(sections, words, ctx.contents))
  const sectionOptions = { language, words, includeGuidance: options.includeGuidance }
  for (const [index, section] of sections.entries())
    blocks.push(...sectionBlocks(section, index, ctx, sectionOptions))
  if (options.includeActionList) blocks.push(...openActionBlocks(sections, words, language, ctx.contents))
  if (!forTemplate) blocks.splice(contentsAt, 0, ...contentsBlocks(words.labels.contents, ctx.contents))
  return blocks
}
