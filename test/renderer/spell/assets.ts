/** Under Node the engines get their files as bytes read from the repository, as the worker gets them by fetch. */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { ASSET_PATHS, type ReadAsset } from '../../../src/renderer/src/spell/assets'
import { loadEngine } from '../../../src/renderer/src/spell/load'
import type { SpellEngine, SpellLanguage } from '../../../src/renderer/src/spell/types'

export const readRepositoryAsset: ReadAsset = async (asset) =>
  new Uint8Array(await readFile(resolve(ASSET_PATHS[asset])))

/** A fresh engine with the committed files (no user words). */
export function engineFor(language: SpellLanguage, userWords: readonly string[] = []): Promise<SpellEngine> {
  return loadEngine(language, readRepositoryAsset, userWords)
}
