/** Starts one language's engine from its files: Voikko for Finnish, Hunspell for Swedish and English. */
import createVoikko from '../../../../resources/spell/fi/voikko.mjs'
import createHunspell from '../../../../resources/spell/hunspell/hunspell.mjs'
import { LANGUAGE_ASSETS, type ReadAsset } from './assets'
import { createSpellEngine } from './engine'
import { createHunspellSpeller } from './hunspell'
import { PROJECT_WORDS } from './project-words'
import type { SpellEngine, SpellLanguage, WordSpeller } from './types'
import { createVoikkoSpeller } from './voikko'

export async function loadSpeller(language: SpellLanguage, read: ReadAsset): Promise<WordSpeller> {
  if (language === 'fi') {
    const [wasm, index, mor, autocorr] = await Promise.all(LANGUAGE_ASSETS.fi.map(read))
    return createVoikkoSpeller(createVoikko, {
      wasm: wasm!,
      morphology: { 'index.txt': index!, 'mor.vfst': mor!, 'autocorr.vfst': autocorr! }
    })
  }
  const [wasm, aff, dic] = await Promise.all(LANGUAGE_ASSETS[language].map(read))
  return createHunspellSpeller(createHunspell, { wasm: wasm!, aff: aff!, dic: dic! })
}

/** The engine with the project's word list and the user's dictionary. */
export async function loadEngine(
  language: SpellLanguage,
  read: ReadAsset,
  userWords: readonly string[] = []
): Promise<SpellEngine> {
  return createSpellEngine(language, await loadSpeller(language, read), {
    projectWords: PROJECT_WORDS[language],
    userWords
  })
}
