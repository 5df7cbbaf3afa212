/**
 * Images in the notes: what an image node holds and the limits every process agrees on. An image is a file in the
 * data folder named by the SHA-256 of its bytes (`assets/<sha256>.<png|jpg>`); the notes hold only that name, never
 * the bytes (a data URL in the report JSON makes every save and every backup carry megabytes).
 * Pure: no DOM, no node:*.
 */
import type { RichDoc, RichNode } from './richtext'

/** The node type of an image in the notes JSON. */
export const IMAGE_NODE = 'image'

/** An asset file name: 64 hex digits of SHA-256 and the one extension its format has. Nothing else is ever served. */
export const ASSET_NAME_PATTERN = /^[0-9a-f]{64}\.(png|jpg)$/

/** The longest side an image keeps; a 6000 px photo is scaled down in the renderer before it is sent. */
export const MAX_IMAGE_SIDE = 2000

/** The largest image file main accepts (2000 × 2000 PNG of a noisy photo stays under this). */
export const MAX_IMAGE_BYTES = 16 * 1024 * 1024

/** The base64 length of MAX_IMAGE_BYTES: the cap on the IPC payload. */
export const MAX_IMAGE_BASE64 = Math.ceil(MAX_IMAGE_BYTES / 3) * 4

export type ImageFormat = 'png' | 'jpg'

/** The attributes of an image node as stored in the notes. */
export interface ImageAttrs {
  /** `<sha256>.<ext>` in the data folder's assets; empty while a pasted image is still being stored. */
  asset: string
  alt: string
  /** Ticked when the image only decorates: Word then marks it decorative and readers skip it. */
  decorative: boolean
  /** Size in the document, CSS pixels (96 dpi); height follows the aspect ratio. */
  width: number
  height: number
}

/** True when `name` is a well-formed asset file name. */
export function isAssetName(name: unknown): name is string {
  return typeof name === 'string' && ASSET_NAME_PATTERN.test(name)
}

/** The attributes of an image node, with safe defaults for anything missing or malformed. */
export function imageAttrs(node: RichNode): ImageAttrs {
  const attrs = node.attrs ?? {}
  const number = (value: unknown): number =>
    typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0
  return {
    asset: isAssetName(attrs['asset']) ? attrs['asset'] : '',
    alt: typeof attrs['alt'] === 'string' ? attrs['alt'] : '',
    decorative: attrs['decorative'] === true,
    width: number(attrs['width']),
    height: number(attrs['height'])
  }
}

/** True when the image tells a reader nothing: no alt text and not marked decorative. */
export function lacksAltText(attrs: ImageAttrs): boolean {
  return !attrs.decorative && attrs.alt.trim() === ''
}

/** Every image node of a notes document, in document order (iterative: notes may nest deeply). */
export function imageNodes(doc: RichDoc | RichNode | undefined): RichNode[] {
  const found: RichNode[] = []
  const stack: RichNode[] = doc ? [doc as RichNode] : []
  while (stack.length > 0) {
    const node = stack.pop() as RichNode
    if (node.type === IMAGE_NODE) found.push(node)
    const children = node.content ?? []
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as RichNode)
  }
  return found
}

/** Every asset name found anywhere in a text (a report file, a backup, a trash entry), for the clean-up. */
export function assetNamesInText(text: string): Set<string> {
  return new Set(text.match(/[0-9a-f]{64}\.(?:png|jpg)/g) ?? [])
}

/** The size an image shows at by default: its own pixels, the long side at most `maxWidth` wide. */
export function fittedSize(
  width: number,
  height: number,
  maxWidth: number
): { width: number; height: number } {
  if (width <= maxWidth) return { width, height }
  return { width: maxWidth, height: Math.max(1, Math.round((height * maxWidth) / width)) }
}

/** An image the reader would miss: where it is (section title, its number among that section's images). */
export interface ImageLackingAlt {
  sectionId: string
  sectionTitle: string
  number: number
}

/** The images of the notes that have no alt text and are not marked decorative, in report order. */
export function imagesLackingAlt(
  sections: ReadonlyArray<{ id: string; title: string; notes: RichDoc }>
): ImageLackingAlt[] {
  const found: ImageLackingAlt[] = []
  for (const section of sections) {
    imageNodes(section.notes).forEach((node, index) => {
      if (lacksAltText(imageAttrs(node))) {
        found.push({ sectionId: section.id, sectionTitle: section.title, number: index + 1 })
      }
    })
  }
  return found
}
