/**
 * In the app: the engines' files as URLs of the app's own origin. Vite emits each into out/renderer/assets
 * (never inlined: the CSP's connect-src 'self' refuses data: URLs), and app:// serves that folder.
 */
import type { ReadAsset, SpellAsset } from './assets'
import voikkoWasm from '../../../../resources/spell/fi/voikko.wasm?url&no-inline'
import morphologyIndex from '../../../../resources/spell/fi/5/mor-standard/index.txt?url&no-inline'
import morphology from '../../../../resources/spell/fi/5/mor-standard/mor.vfst?url&no-inline'
import autocorrect from '../../../../resources/spell/fi/5/mor-standard/autocorr.vfst?url&no-inline'
import hunspellWasm from '../../../../resources/spell/hunspell/hunspell.wasm?url&no-inline'
import swedishAffixes from '../../../../node_modules/dictionary-sv/index.aff?url&no-inline'
import swedishWords from '../../../../node_modules/dictionary-sv/index.dic?url&no-inline'
import englishAffixes from '../../../../node_modules/dictionary-en-gb/index.aff?url&no-inline'
import englishWords from '../../../../node_modules/dictionary-en-gb/index.dic?url&no-inline'

const ASSET_URLS: Record<SpellAsset, string> = {
  'voikko.wasm': voikkoWasm,
  'fi/index.txt': morphologyIndex,
  'fi/mor.vfst': morphology,
  'fi/autocorr.vfst': autocorrect,
  'hunspell.wasm': hunspellWasm,
  'sv.aff': swedishAffixes,
  'sv.dic': swedishWords,
  'en.aff': englishAffixes,
  'en.dic': englishWords
}

export const readFromApp: ReadAsset = async (asset) => {
  const response = await fetch(ASSET_URLS[asset])
  if (!response.ok) throw new Error(`${asset} could not be loaded (HTTP ${response.status})`)
  return new Uint8Array(await response.arrayBuffer())
}
