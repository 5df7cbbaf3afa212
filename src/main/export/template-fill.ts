/**
 * Fills an organisation's own Word template: its {{placeholders}} get the report's details and {{body}} gets the
 * report's content, with docx's patchDocument, so the template's styles, logo, headers and footers stay as they are.
 */
import { PatchType, TextRun, patchDetector, patchDocument, type IPatch } from 'docx'
import { ServiceError } from '../../shared/contract'
import type { Report } from '../../shared/model'
import { prepareExport, reportBody, type ExportOptionsInput } from './document'
import { formatDate, formatTime } from '../../shared/dates'
import { markingText } from './marking'
import { documentNumbering } from './styles'
import { addMissingStyles } from './template-styles'
import { textRuns } from './text'
import { organisationName } from './vocabulary'

// An encrypted (password-protected) .docx is an OLE compound file, not a zip.
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])

/** Throws ServiceError not_docx / encrypted_docx / no_placeholders; resolves to the placeholder names otherwise. */
export async function templatePlaceholders(template: Buffer): Promise<string[]> {
  if (template.subarray(0, 8).equals(OLE_MAGIC)) throw new ServiceError('encrypted_docx')
  // Loaded only when a template is used: JSZip costs a plain export's process a quarter of a second to load.
  const { default: JSZip } = await import('jszip')
  let zip: InstanceType<typeof JSZip>
  try {
    zip = await JSZip.loadAsync(template)
  } catch {
    throw new ServiceError('not_docx', 'not a zip package')
  }
  if (!zip.file('word/document.xml')) throw new ServiceError('not_docx', 'no word/document.xml')
  const names = await patchDetector({ data: template, trimPlaceholders: true })
  if (names.length === 0) throw new ServiceError('no_placeholders')
  return [...new Set(names)]
}

const paragraphPatch = (text: string): IPatch => ({ type: PatchType.PARAGRAPH, children: textRuns(text) })

/** The filled template as the bytes of a .docx. */
export async function fillTemplate(
  template: Buffer,
  dirty: Report,
  input: ExportOptionsInput = {}
): Promise<Buffer> {
  await templatePlaceholders(template)
  const { report, options, language, words } = prepareExport(dirty, input)
  const marking = markingText(report.classification, words)
  const meeting = report.meeting
  const values: Record<string, string> = {
    title: report.title.trim() || words.documentKind,
    organisation: organisationName(report.organisation, words),
    classification: marking,
    diary_number: report.diaryNumber,
    version: report.version,
    author: report.author,
    state: report.state === 'draft' ? words.draft : '',
    meeting_name: meeting.name,
    meeting_date: formatDate(meeting.date, language),
    meeting_time: formatTime(meeting.time, language),
    meeting_place: meeting.place,
    chair: meeting.chair,
    secretary: meeting.secretary
  }
  const patches: Record<string, IPatch> = {}
  for (const [name, value] of Object.entries(values)) patches[name] = paragraphPatch(value)
  patches.draft_mark = {
    type: PatchType.PARAGRAPH,
    children:
      report.state === 'draft' ? [new TextRun({ text: words.draft, bold: true, color: 'C00000' })] : []
  }
  patches.body = { type: PatchType.DOCUMENT, children: reportBody(report, options, language, true) }
  const filled = await patchDocument({
    outputType: 'nodebuffer',
    data: template,
    patches,
    keepOriginalStyles: true,
    trimPlaceholders: true,
    recursive: true,
    numbering: documentNumbering(),
    properties: {
      title: values.title,
      subject: [meeting.name, values.meeting_date].filter(Boolean).join(' '),
      creator: report.author,
      keywords: [words.documentKind, marking, report.diaryNumber].filter(Boolean).join('; '),
      description: marking
    }
  })
  return addMissingStyles(filled, words.locale)
}
