/**
 * Fills an organisation's own Word template: its {{placeholders}} get the report's details (docx's patchDocument,
 * which finds a placeholder however Word split it into runs) and the paragraph holding {{body}} is replaced by the
 * report's content, written by the same code as the app's own layout. The template's styles, logo, headers and
 * footers stay; its properties and language are replaced by the report's (template-package.ts).
 */
import { PatchType, TextRun, patchDetector, patchDocument, type IPatch } from 'docx'
import { ServiceError } from '../../shared/contract'
import type { ReportSnapshot } from '../../shared/key-figures/history'
import type { Report } from '../../shared/model'
import { plainText } from './clean'
import { createContext, Links, nextDrawingId } from './context'
import { prepareExport, reportBody, type ExportOptionsInput } from './document'
import { formatDate, formatTime } from '../../shared/dates'
import { keyFigureCharts } from './key-figure-charts'
import { markingText } from './marking'
import { Numbering } from './numbering'
import { MARKING_RED } from './styles'
import { finishTemplatePackage, listIdBases } from './template-package'
import { blocksXml } from './wml'
import { unzipParts } from './zip'

// An encrypted (password-protected) .docx is an OLE compound file, not a zip.
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
// Stands in for {{body}} until the filled document is unpacked and the paragraph holding it is replaced.
const BODY_MARKER = 'TILANNEKUVA-BODY-3f1c9a'

function unzipTemplate(template: Buffer): Record<string, Uint8Array> {
  try {
    return unzipParts(template)
  } catch {
    throw new ServiceError('not_docx', 'not a zip package')
  }
}

/** Throws ServiceError not_docx / encrypted_docx / no_placeholders; resolves to the placeholder names otherwise. */
export async function templatePlaceholders(template: Buffer): Promise<string[]> {
  if (template.subarray(0, 8).equals(OLE_MAGIC)) throw new ServiceError('encrypted_docx')
  if (!unzipTemplate(template)['word/document.xml'])
    throw new ServiceError('not_docx', 'no word/document.xml')
  const names = await patchDetector({ data: template, trimPlaceholders: true })
  if (names.length === 0) throw new ServiceError('no_placeholders')
  return [...new Set(names)]
}

const textPatch = (text: string): IPatch => ({ type: PatchType.PARAGRAPH, children: [new TextRun(text)] })

/** The highest wp:docPr id of the template's parts (its logo…): the body's drawings number on from it. */
function lastDrawingId(parts: Record<string, Uint8Array>): number {
  let last = 0
  for (const [name, data] of Object.entries(parts)) {
    if (!/^word\/[^/]+\.xml$/.test(name)) continue
    for (const match of Buffer.from(data)
      .toString('utf8')
      .matchAll(/<wp:docPr\b[^>]*?\bid="(\d+)"/g))
      last = Math.max(last, Number(match[1]))
  }
  return last
}

/** The filled template as the bytes of a .docx, with key-figure charts drawn from `series` (see exportReport). */
export async function fillTemplate(
  template: Buffer,
  dirty: Report,
  input: ExportOptionsInput = {},
  series: readonly ReportSnapshot[] = []
): Promise<Buffer> {
  await templatePlaceholders(template)
  const { report, options, language, words } = prepareExport(dirty, input)
  const meeting = report.meeting
  // Placeholders hold plain text: line breaks and Word's control characters as spaces and hyphens.
  const values: Record<string, string> = {
    title: report.title.trim() || words.t('documentKind'),
    organisation: words.organisation(report.organisation),
    classification: markingText(report.classification, words),
    diary_number: report.diaryNumber,
    version: report.version,
    author: report.author,
    state: report.state === 'draft' ? words.t('draft') : '',
    meeting_name: meeting.name,
    meeting_date: formatDate(meeting.date, language),
    meeting_time: formatTime(meeting.time, language),
    meeting_place: meeting.place,
    chair: meeting.chair,
    secretary: meeting.secretary
  }
  const patches: Record<string, IPatch> = {}
  for (const [name, value] of Object.entries(values)) patches[name] = textPatch(plainText(value))
  patches.draft_mark = {
    type: PatchType.PARAGRAPH,
    children:
      report.state === 'draft'
        ? [new TextRun({ text: words.t('draft'), bold: true, color: MARKING_RED })]
        : []
  }
  patches.body = textPatch(BODY_MARKER)
  const filled = await patchDocument({
    outputType: 'nodebuffer',
    data: template,
    patches,
    keepOriginalStyles: true,
    trimPlaceholders: true,
    recursive: true
  })
  const parts = unzipParts(filled)
  // The body's lists and links get ids after the template's own.
  const { numBase, abstractBase } = listIdBases(parts['word/numbering.xml'])
  const ctx = createContext({
    reportLanguage: report.language,
    exportLanguage: language,
    numbering: new Numbering(numBase, abstractBase),
    links: new Links('rIdTkLink'),
    // The template's font is not known: size columns for one up to a fifth wider than Calibri (Arial).
    fontScale: 1.22
  })
  ctx.drawings = lastDrawingId(parts)
  // Named apart from any chart the template has of its own.
  if (options.includeCharts)
    ctx.charts = keyFigureCharts(report, series, language, () => nextDrawingId(ctx), {
      part: 'tkchart',
      rel: 'rIdTkChart'
    })
  const body = blocksXml(reportBody(report, options, ctx, true))
  return finishTemplatePackage(parts, { report, words, ctx, body, marker: BODY_MARKER })
}
