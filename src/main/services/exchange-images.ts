/**
 * The `.tilannekuva.json` exchange file stays one file: its images travel inside it, under `assets`
 * (asset name → base64), beside the report's own fields. An older app ignores the key (the report schema drops
 * unknown keys); this one checks every image as if pasted (images/validate.ts) and keeps only those whose bytes
 * hash to their name, so a file cannot smuggle other bytes under a name another report uses.
 */
import { z } from 'zod'
import { imageAttrs, imageNodes, isAssetName } from '../../shared/images'
import type { Report } from '../../shared/model'
import { checkImage } from '../images/validate'
import { assetNameOf, type AssetStore } from '../storage/assets'

/** The asset names the notes of a report refer to. */
export function reportAssetNames(report: Report): Set<string> {
  const names = new Set<string>()
  for (const section of report.sections) {
    for (const node of imageNodes(section.notes)) {
      const { asset } = imageAttrs(node)
      if (asset) names.add(asset)
    }
  }
  return names
}

/** The report as an exchange file's JSON: with its images inlined (those still on disk). */
export async function exchangeFileText(report: Report, assets: AssetStore): Promise<string> {
  const bundled: Record<string, string> = {}
  for (const name of reportAssetNames(report)) {
    const bytes = await assets.read(name)
    if (bytes) bundled[name] = bytes.toString('base64')
  }
  const file = Object.keys(bundled).length > 0 ? { ...report, assets: bundled } : report
  return JSON.stringify(file, null, 2)
}

const bundleSchema = z.record(z.string(), z.string())

/** Stores the images an imported exchange file carries; returns how many were refused (bad or mismatched). */
export async function storeBundledImages(raw: unknown, report: Report, assets: AssetStore): Promise<number> {
  const bundle = bundleSchema.safeParse((raw as { assets?: unknown } | null)?.assets ?? {})
  if (!bundle.success) return 0
  const wanted = reportAssetNames(report)
  let refused = 0
  for (const [name, data] of Object.entries(bundle.data)) {
    if (!isAssetName(name) || !wanted.has(name)) continue
    try {
      const bytes = Buffer.from(data, 'base64')
      const image = checkImage(bytes)
      if (assetNameOf(bytes, image.format) !== name) throw new Error('name does not match content')
      await assets.add(bytes, image.format)
    } catch {
      refused += 1
    }
  }
  return refused
}
