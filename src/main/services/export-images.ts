/** The bytes and sizes of a report's images for the Word export, read from the data folder's assets. */
import type { Report } from '../../shared/model'
import type { ImageSource } from '../export/images'
import { checkImage } from '../images/validate'
import type { AssetStore } from '../storage/assets'
import { reportAssetNames } from './exchange-images'

/** Every image of `report` still on disk and still valid; a missing one is exported as its alt text. */
export async function imageSources(
  report: Report,
  assets: AssetStore | undefined
): Promise<Map<string, ImageSource>> {
  const sources = new Map<string, ImageSource>()
  if (!assets) return sources
  for (const name of reportAssetNames(report)) {
    const bytes = await assets.read(name).catch(() => undefined)
    if (!bytes) continue
    try {
      const { width, height } = checkImage(bytes)
      sources.set(name, { bytes, width, height })
    } catch {
      // A damaged file in assets/: its alt text stands in for it.
    }
  }
  return sources
}
