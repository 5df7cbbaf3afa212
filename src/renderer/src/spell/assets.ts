/**
 * The files each language's engine needs. In the app the worker fetches them from the app's own origin
 * (worker-assets.ts: Vite emits them into out/renderer/assets, which app:// serves); under Node, tests and the
 * benchmark read them from the repository (ASSET_PATHS) and pass the bytes in.
 */
import type { SpellLanguage } from './types'

export const LANGUAGE_ASSETS = {
  fi: ['voikko.wasm', 'fi/index.txt', 'fi/mor.vfst', 'fi/autocorr.vfst'],
  sv: ['hunspell.wasm', 'sv.aff', 'sv.dic'],
  en: ['hunspell.wasm', 'en.aff', 'en.dic']
} as const satisfies Record<SpellLanguage, readonly string[]>

export type SpellAsset = (typeof LANGUAGE_ASSETS)[SpellLanguage][number]

/** Reads one asset's bytes. */
export type ReadAsset = (asset: SpellAsset) => Promise<Uint8Array>

/** Where each asset is in the repository, relative to its root. */
export const ASSET_PATHS: Record<SpellAsset, string> = {
  'voikko.wasm': 'resources/spell/fi/voikko.wasm',
  'fi/index.txt': 'resources/spell/fi/5/mor-standard/index.txt',
  'fi/mor.vfst': 'resources/spell/fi/5/mor-standard/mor.vfst',
  'fi/autocorr.vfst': 'resources/spell/fi/5/mor-standard/autocorr.vfst',
  'hunspell.wasm': 'resources/spell/hunspell/hunspell.wasm',
  'sv.aff': 'node_modules/dictionary-sv/index.aff',
  'sv.dic': 'node_modules/dictionary-sv/index.dic',
  'en.aff': 'node_modules/dictionary-en-gb/index.aff',
  'en.dic': 'node_modules/dictionary-en-gb/index.dic'
}
