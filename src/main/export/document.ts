/**
 * exportReport: a report → the bytes of a .docx that Word and LibreOffice open without complaint, laid out as
 * SFS 2487 lays out a Finnish official document. Pure Node; the same function serves the app (services/export.ts)
 * and the headless CLI. The same report and options give the same bytes.
 */
import { exportOptionsSchema, type ExportOptions } from '../../shared/contract'
import type { ReportSnapshot } from '../../shared/key-figures/history'
import type { Report } from '../../shared/model'
import { cleanDeep } from './clean'
import { contentsXml } from './contents'
import { createContext, nextDrawingId, type RenderContext } from './context'
import { keyFigureCharts } from './key-figure-charts'
import {
  HEADER_TOP,
  FOOTER_BOTTOM,
  MARGIN_BOTTOM,
  MARGIN_LEFT,
  MARGIN_RIGHT,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  topMargin
} from './layout'
import { markingLines } from './marking'
import { emptySectionsLine, openActionBlocks, overviewBlocks, type NumberedSection } from './overview'
import { DocImages, type ImageSource } from './images'
import { contentTypesXml, CONTENT_TYPES, documentRelsXml, packageRelsXml, settingsXml } from './package'
import { appXml, coreXml, customXml, documentProperties } from './properties'
import { pageHeader } from './page-header'
import { isEmptySection, sectionBlocks } from './sections'
import { stylesXml } from './styles'
import { agendaBlocks, participantBlocks, titleBlock } from './title-block'
import { blocksXml, para, run, type Block } from './wml'
import { documentWords, localeOf } from './words'
import { zipParts, type Parts } from './zip'

export type ExportOptionsInput = Partial<ExportOptions>

/**
 * Builds the .docx of `report`. Every string is cleaned of XML-illegal characters first. `series` is the report's
 * meeting series, oldest first, as keyFigures.history reads it (the report itself may be last): with it, key
 * figures read at two meetings or more get a chart. `images` are the bytes of the images its notes name.
 */
export async function exportReport(
  report: Report,
  options: ExportOptionsInput = {},
  series: readonly ReportSnapshot[] = [],
  images: ReadonlyMap<string, ImageSource> = new Map()
): Promise<Buffer> {
  const { report: clean, options: parsed, language } = prepareExport(report, options)
  return zipParts(
    await documentParts(clean, parsed, language, series, new DocImages(images)),
    clean.updatedAt
  )
}

/** Options with their defaults, the report cleaned of XML-illegal characters, and the export language. */
export function prepareExport(dirty: Report, input: ExportOptionsInput) {
  const options = exportOptionsSchema.parse(input)
  const report = cleanDeep(dirty)
  const language = options.language ?? report.language
  return { options, report, language, words: documentWords(language) }
}

export const XMLNS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

/**
 * Every block of the body, in order: the title block (participants and agenda only, for a template, which brings
 * its own title block), the overview, the line naming the sections left out, each section, the open actions.
 */
export function reportBody(
  report: Report,
  options: ExportOptions,
  ctx: RenderContext,
  forTemplate = false
): Block[] {
  const marking = markingLines(report.classification, ctx.words)
  const blocks: Block[] = forTemplate
    ? [...participantBlocks(report, ctx), ...agendaBlocks(report, ctx)]
    : titleBlock(report, marking, ctx)
  const numbered: NumberedSection[] = report.sections.map((section, index) => ({ section, index }))
  if (numbered.length === 0) {
    blocks.push(para({}, run(ctx.words.t('noSections'))))
    return blocks
  }
  const included = options.includeEmptySections
    ? numbered
    : numbered.filter(({ section }) => !isEmptySection(section))
  const leftOut = options.includeEmptySections
    ? []
    : numbered.filter(({ section }) => isEmptySection(section))
  if (options.includeOverview && included.length > 0) blocks.push(...overviewBlocks(included, ctx))
  blocks.push(...emptySectionsLine(leftOut, ctx))
  for (const { section, index } of included)
    blocks.push(...sectionBlocks(section, index, ctx, options.includeGuidance))
  if (options.includeActionList) blocks.push(...openActionBlocks(included, ctx))
  return blocks
}

/** The parts of the .docx, [Content_Types].xml first. */
async function documentParts(
  report: Report,
  options: ExportOptions,
  language: Report['language'],
  series: readonly ReportSnapshot[],
  images: DocImages
): Promise<Parts> {
  const ctx = createContext({
    reportLanguage: report.language,
    exportLanguage: language,
    bookmarks: options.includeContents,
    images
  })
  if (options.includeCharts) ctx.charts = keyFigureCharts(report, series, language, () => nextDrawingId(ctx))
  const { words } = ctx
  const blocks = reportBody(report, options, ctx)
  // The contents go after the title block; their entries are known only once the headings are written.
  const titleEnd = blocks.findIndex((b) => b.kind === 'p' && b.props.style === 'Heading1')
  const body =
    options.includeContents && titleEnd >= 0
      ? blocksXml(blocks.slice(0, titleEnd)) +
        contentsXml(words.label('contents'), ctx.contents) +
        blocksXml(blocks.slice(titleEnd))
      : blocksXml(blocks)
  const marking = markingLines(report.classification, words)
  const organisation = words.organisation(report.organisation)
  const senderLang =
    ctx.contentLang && organisation === report.organisation.trim() ? ctx.contentLang : undefined
  const header = pageHeader(report, organisation, marking, words, senderLang)
  const sectPr =
    '<w:sectPr><w:headerReference w:type="default" r:id="rId4"/>' +
    `<w:pgSz w:w="${PAGE_WIDTH}" w:h="${PAGE_HEIGHT}"/>` +
    `<w:pgMar w:top="${topMargin(header.lines)}" w:right="${MARGIN_RIGHT}" w:bottom="${MARGIN_BOTTOM}" w:left="${MARGIN_LEFT}"` +
    ` w:header="${HEADER_TOP}" w:footer="${FOOTER_BOTTOM}" w:gutter="0"/></w:sectPr>`
  const document =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:document ${XMLNS}><w:body>${body}${sectPr}</w:body></w:document>`
  const properties = documentProperties(report, words)
  const withNumbering = !ctx.numbering.isEmpty
  const types: [string, string][] = [
    ['word/document.xml', CONTENT_TYPES.document],
    ['word/styles.xml', CONTENT_TYPES.styles],
    ['word/settings.xml', CONTENT_TYPES.settings],
    ...(withNumbering ? [['word/numbering.xml', CONTENT_TYPES.numbering] as [string, string]] : []),
    ['word/header1.xml', CONTENT_TYPES.header],
    ['docProps/core.xml', CONTENT_TYPES.core],
    ['docProps/app.xml', CONTENT_TYPES.app],
    ['docProps/custom.xml', CONTENT_TYPES.custom],
    ...(ctx.charts?.charts.contentTypes() ?? [])
  ]
  return [
    ['[Content_Types].xml', contentTypesXml(types, ctx.images.contentTypeDefaults())],
    ['_rels/.rels', packageRelsXml()],
    ['word/document.xml', document],
    [
      'word/_rels/document.xml.rels',
      documentRelsXml(
        ctx.links.relationshipsXml() +
          ctx.images.relationshipsXml() +
          (ctx.charts?.charts.relationshipsXml() ?? ''),
        withNumbering
      )
    ],
    ['word/styles.xml', stylesXml(localeOf(language))],
    ['word/settings.xml', settingsXml(localeOf(language), options.includeContents)],
    ...(withNumbering ? [['word/numbering.xml', ctx.numbering.xml()] as [string, string]] : []),
    ['word/header1.xml', header.xml],
    ['docProps/core.xml', coreXml(properties)],
    ['docProps/app.xml', appXml(properties)],
    ['docProps/custom.xml', customXml(properties)],
    ...((await ctx.charts?.charts.parts(report.updatedAt)) ?? []),
    ...ctx.images.parts()
  ]
}
