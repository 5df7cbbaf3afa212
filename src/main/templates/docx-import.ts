/**
 * Reads a Word file chosen by the user and returns its level 1–2 headings as sections. Classifies bad files so the
 * user gets a clear message: not a .docx, an encrypted .docx, or a document without headings.
 */
import mammoth from 'mammoth'
import { ServiceError } from '../../shared/contract'
import { toServiceError } from '../storage/errors'
import { sectionsFromHtml, type ImportedSection } from './html-sections'
import { errorCode, realFs } from '../storage/fs-port'

/** A Word template is a few hundred kilobytes; anything this large is not one and would only cost memory. */
const MAX_BYTES = 50 * 1024 * 1024

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04])
/** Stream names in an OLE compound file's directory are UTF-16LE. */
const utf16 = (name: string): Buffer => Buffer.from(name, 'utf16le')

/**
 * What kind of file the bytes are. A password-protected .docx is an OLE compound file holding an
 * "EncryptedPackage" stream; an old binary .doc is an OLE file with a "WordDocument" stream (not a .docx either).
 */
export function classifyDocx(bytes: Buffer): 'zip' | 'encrypted' | 'other' {
  if (bytes.subarray(0, 4).equals(ZIP_SIGNATURE)) return 'zip'
  if (bytes.subarray(0, 8).equals(OLE_SIGNATURE)) {
    const legacyWord = bytes.includes(utf16('WordDocument')) && !bytes.includes(utf16('EncryptedPackage'))
    return legacyWord ? 'other' : 'encrypted'
  }
  return 'other'
}

/** The level 1–2 headings of a .docx in memory and the text under each. Throws ServiceError on a bad file. */
export async function sectionsFromDocxBytes(bytes: Buffer): Promise<ImportedSection[]> {
  const kind = classifyDocx(bytes)
  if (kind === 'encrypted') throw new ServiceError('encrypted_docx')
  if (kind === 'other') throw new ServiceError('not_docx')
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      // Images are not guidance: skip them instead of inlining them as base64.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) }
    )
    html = result.value
  } catch {
    // A zip without word/document.xml, or broken XML inside: not a Word document we can read.
    throw new ServiceError('not_docx', 'unreadable')
  }
  const sections = sectionsFromHtml(html)
  if (sections.length === 0) throw new ServiceError('no_headings')
  return sections
}

/** Reads the file at `path` and returns its sections (see sectionsFromDocxBytes). */
export async function sectionsFromDocxFile(path: string): Promise<ImportedSection[]> {
  let bytes: Buffer
  try {
    // Never a named pipe or a device (reading one would hang), never more than MAX_BYTES.
    bytes = await realFs.readRegular(path, MAX_BYTES)
  } catch (error) {
    const code = errorCode(error)
    if (code === 'EFBIG' || code === 'ENOTREG') throw new ServiceError('not_docx', code)
    // A vanished file is not_found, a locked one permission_denied: the renderer says which.
    throw toServiceError(error)
  }
  return sectionsFromDocxBytes(bytes)
}
