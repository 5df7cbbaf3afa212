/**
 * Turns a pasted or dropped image into what main stores: decoded by Chromium (createImageBitmap: PNG, JPEG, WebP,
 * GIF, BMP, AVIF; the photo's EXIF rotation applied), the long side scaled to 2000 px at most, and encoded afresh —
 * JPEG stays JPEG (a photo as PNG is five times larger), everything else becomes PNG (Word cannot hold WebP).
 * Re-encoding also drops metadata such as a phone photo's GPS position. Main checks the result again.
 */
import { MAX_IMAGE_SIDE, type ImageFormat } from '../../../../../shared/images'

/** Why an image could not be used: the key of its message in the images namespace. */
export type ImageProblem = 'empty' | 'unreadable' | 'too_large'

export class ImageRefused extends Error {
  constructor(readonly problem: ImageProblem) {
    super(problem)
    this.name = 'ImageRefused'
  }
}

/** Larger files than this are not even decoded (a 6000 px camera JPEG is 5–15 MB). */
const MAX_SOURCE_BYTES = 64 * 1024 * 1024

export interface PreparedImage {
  /** PNG or JPEG bytes, base64 (what images.add takes). */
  data: string
  format: ImageFormat
}

/** The scaled size: the long side at most MAX_IMAGE_SIDE, aspect ratio kept. */
export function scaledSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, MAX_IMAGE_SIDE / Math.max(width, height))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

/** Decodes, scales and re-encodes an image; throws ImageRefused with the reason. */
export async function prepareImage(source: Blob): Promise<PreparedImage> {
  if (source.size === 0) throw new ImageRefused('empty')
  if (source.size > MAX_SOURCE_BYTES) throw new ImageRefused('too_large')
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(source, { imageOrientation: 'from-image' })
  } catch {
    throw new ImageRefused('unreadable')
  }
  try {
    const { width, height } = scaledSize(bitmap.width, bitmap.height)
    const canvas = new OffscreenCanvas(width, height)
    const context = canvas.getContext('2d')
    if (!context) throw new ImageRefused('unreadable')
    context.imageSmoothingQuality = 'high'
    context.drawImage(bitmap, 0, 0, width, height)
    const format: ImageFormat = source.type === 'image/jpeg' ? 'jpg' : 'png'
    const blob = await canvas.convertToBlob(
      format === 'jpg' ? { type: 'image/jpeg', quality: 0.9 } : { type: 'image/png' }
    )
    return { data: await toBase64(blob), format }
  } finally {
    bitmap.close()
  }
}

/** A data: URL's bytes as a Blob (an image inside pasted HTML), or null when it is not a base64 image. */
export function blobFromDataUrl(url: string): Blob | null {
  const match = /^data:(image\/[a-z0-9.+-]+);base64,([a-z0-9+/=\s]*)$/i.exec(url)
  if (!match) return null
  try {
    const binary = atob((match[2] as string).replace(/\s/g, ''))
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    return new Blob([bytes], { type: (match[1] as string).toLowerCase() })
  } catch {
    return null
  }
}
