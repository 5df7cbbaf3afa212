/**
 * Where the renderer finds a stored image: the app's own tk-asset:// scheme (src/main/asset-protocol.ts).
 * The e2e harness serves the built renderer over http from a plain Chromium, which cannot know that scheme; it sets
 * `__tkAssetBase` before the app loads to serve the same files from its own origin. Nothing else sets it.
 */
import { isAssetName } from '../../../../../shared/images'

const base = (): string => (globalThis as { __tkAssetBase?: string }).__tkAssetBase ?? 'tk-asset://images/'

/** The URL of an asset, or '' for anything that is not an asset name. */
export function assetUrl(name: string): string {
  return isAssetName(name) ? `${base()}${name}` : ''
}
