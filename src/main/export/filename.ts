/**
 * The default file name of an export: `2021-10-25 Tilannekuva – digitalisaatio.docx` (meeting date, then the title),
 * safe on Windows, macOS and Linux whatever the title holds.
 */
import type { Language, Report } from '../../shared/model'
import { cleanText } from './clean'
import { isoDatePart } from '../../shared/dates'
import { documentWords } from './words'

// Characters Windows refuses in file names, plus every control character.
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001F\u007F]/g
// Device names Windows reserves, with or without an extension (CON, CON.txt, com1 …).
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i
// Windows paths are limited; leave room for the folder.
const MAX_STEM = 120

/** A file-name stem from free text, or '' when nothing safe and meaningful is left. */
export function safeStem(text: string): string {
  let stem = cleanText(text).normalize('NFC').replace(ILLEGAL, ' ').replace(/\s+/g, ' ').trim()
  // Windows drops trailing dots and spaces, and a leading dot hides the file on macOS and Linux.
  stem = stem.replace(/^[.\s]+|[.\s]+$/g, '')
  const chars = Array.from(stem)
  if (chars.length > MAX_STEM) stem = chars.slice(0, MAX_STEM).join('').trim()
  if (!/[\p{L}\p{N}]/u.test(stem) || RESERVED.test(stem)) return ''
  return stem
}

/** The suggested file name for exporting `report` in `language`. */
export function defaultFileName(report: Report, language: Language = report.language): string {
  const date = isoDatePart(report.meeting.date) || isoDatePart(report.updatedAt)
  const title = safeStem(report.title) || documentWords(language).t('documentKind')
  const stem = date ? `${date} ${title}` : title
  return `${stem}.docx`
}
