/**
 * Images inside pasted HTML. The report JSON never holds image bytes, so a `data:` image is set aside here under a
 * short id and the cleaned HTML carries only `data-pending="<id>"`; the image extension then stores it through main
 * and puts the asset name in its place. An image copied inside the notes keeps its asset name. Word's `file://`
 * references (its temporary clip_image files) cannot be read by the app: they are counted, so the editor can say
 * that such an image must be pasted on its own.
 */
import { isAssetName } from '../../../../../shared/images'

const pending = new Map<string, string>()
let nextId = 1
let unreadable = 0

function copyAlt(source: Element, target: Element): void {
  const alt = source.getAttribute('alt')
  // Word writes its own file name as alt text ("clip_image001"): not a description of the image.
  if (alt && !/^(clip_image\d+|image\d*(\.\w+)?)$/i.test(alt.trim()))
    target.setAttribute('alt', alt.slice(0, 2000))
}

/** The clean element for a pasted <img>, or null when it cannot be kept. */
export function pastedImageElement(source: Element, out: Document): Element | null {
  const asset = source.getAttribute('data-asset')
  const src = (source.getAttribute('src') ?? '').trim()
  const image = out.createElement('img')
  if (isAssetName(asset)) {
    image.setAttribute('data-asset', asset)
    for (const name of ['width', 'height']) {
      const value = source.getAttribute(name)
      if (value && /^\d{1,4}$/.test(value)) image.setAttribute(name, value)
    }
    if (source.getAttribute('data-decorative') === 'true') image.setAttribute('data-decorative', 'true')
  } else if (/^data:image\/[a-z0-9.+-]+;base64,/i.test(src)) {
    const id = `p${nextId++}`
    pending.set(id, src)
    image.setAttribute('data-pending', id)
  } else {
    if (/^file:/i.test(src) || src !== '') unreadable += 1
    return null
  }
  copyAlt(source, image)
  return image
}

/** The data URL set aside under `id` (once: it is forgotten when taken). */
export function takePendingImage(id: string): string | undefined {
  const url = pending.get(id)
  pending.delete(id)
  return url
}

/** How many pasted images could not be read since the last call (and resets the count). */
export function takeUnreadableImageCount(): number {
  const count = unreadable
  unreadable = 0
  return count
}
