/**
 * The check every image passes before it is stored: from the renderer (a paste, a drop) or from an imported
 * exchange file. The renderer has already decoded and re-encoded it, but main trusts nothing that crosses IPC:
 * size cap, magic bytes, and the dimensions read from the image's own header by image-size (MIT, no
 * dependencies, reads PNG IHDR and every JPEG SOF marker variant) must agree and stay within the limits.
 */
import { imageSize } from 'image-size'
import { ServiceError } from '../../shared/contract'
import { MAX_IMAGE_BYTES, MAX_IMAGE_SIDE, type ImageFormat } from '../../shared/images'

export interface CheckedImage {
  format: ImageFormat
  width: number
  height: number
}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG_MAGIC = [0xff, 0xd8, 0xff]

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte)
}

/** The format the first bytes announce, or null: only PNG and JPEG are stored (what Word holds everywhere). */
export function sniffFormat(bytes: Uint8Array): ImageFormat | null {
  if (startsWith(bytes, PNG_MAGIC)) return 'png'
  if (startsWith(bytes, JPEG_MAGIC)) return 'jpg'
  return null
}

/** Validates image bytes; throws ServiceError `invalid_image` with the reason as detail. */
export function checkImage(bytes: Uint8Array): CheckedImage {
  if (bytes.length === 0) throw new ServiceError('invalid_image', 'empty')
  if (bytes.length > MAX_IMAGE_BYTES) throw new ServiceError('invalid_image', 'too_large')
  const format = sniffFormat(bytes)
  if (!format) throw new ServiceError('invalid_image', 'not_png_or_jpeg')
  let size: ReturnType<typeof imageSize>
  try {
    size = imageSize(bytes)
  } catch {
    throw new ServiceError('invalid_image', 'unreadable')
  }
  const type = size.type === 'jpg' ? 'jpg' : size.type
  if (type !== format) throw new ServiceError('invalid_image', 'format_mismatch')
  const { width, height } = size
  if (!(width > 0 && height > 0)) throw new ServiceError('invalid_image', 'unreadable')
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) throw new ServiceError('invalid_image', 'too_big')
  return { format, width, height }
}
