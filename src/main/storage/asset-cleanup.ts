/**
 * Removes images nothing refers to any more. An image stays while any report, any trash entry or any backup names
 * it (a restored backup or report must find its pictures), while it is younger than a week (a paste whose save was
 * lost in a crash can come back from the recovery copy), and while this session has used it. Runs in the
 * background after start-up, only when there are images at all, so libraries without images pay nothing.
 */
import { join } from 'node:path'
import { assetNamesInText } from '../../shared/images'
import type { AssetStore } from './assets'
import { errorCode, type FsPort } from './fs-port'
import type { Layout } from './paths'

export const ASSET_GRACE_MS = 7 * 86_400_000

async function jsonFiles(fs: FsPort, folder: string): Promise<string[]> {
  try {
    const entries = await fs.readdirEntries(folder)
    return entries.filter((e) => e.isFile && e.name.endsWith('.json')).map((e) => join(folder, e.name))
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return []
    throw error
  }
}

/** Every file that may refer to an image: reports (also ones moved aside as damaged), trash, every backup. */
async function referringFiles(fs: FsPort, layout: Layout): Promise<string[]> {
  const files = [...(await jsonFiles(fs, layout.reports)), ...(await jsonFiles(fs, layout.trash))]
  let backupFolders: { name: string; isFile: boolean }[] = []
  try {
    backupFolders = await fs.readdirEntries(layout.backups)
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error
  }
  for (const folder of backupFolders.filter((entry) => !entry.isFile)) {
    files.push(...(await jsonFiles(fs, join(layout.backups, folder.name))))
  }
  return files
}

/** Deletes unreferenced images past their grace period; returns the names removed. */
export async function removeUnusedAssets(
  fs: FsPort,
  layout: Layout,
  assets: AssetStore,
  now: Date
): Promise<string[]> {
  const present = await assets.list()
  const candidates = present.filter((asset) => now.getTime() - asset.mtimeMs >= ASSET_GRACE_MS)
  if (candidates.length === 0) return []
  const referenced = new Set<string>()
  for (const file of await referringFiles(fs, layout)) {
    // A file that cannot be read may still refer to anything: then nothing is removed.
    const text = (await fs.readFile(file)).toString('utf8')
    for (const name of assetNamesInText(text)) referenced.add(name)
  }
  const removed: string[] = []
  for (const { name } of candidates) {
    if (referenced.has(name) || assets.touched.has(name)) continue
    await assets.remove(name)
    removed.push(name)
  }
  return removed
}
