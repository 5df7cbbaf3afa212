/** Finnish: libvoikko in WebAssembly (resources/spell/fi, built by scripts/build-voikko.sh) with voikko-fi. */
import type { EmscriptenModule } from '../../../../resources/spell/fi/voikko.mjs'
import type { WordSpeller } from './types'

export type ModuleFactory = (options: { wasmBinary: Uint8Array }) => Promise<EmscriptenModule>

export interface VoikkoFiles {
  wasm: Uint8Array
  /** The voikko-fi morphology: index.txt, mor.vfst, autocorr.vfst. */
  morphology: Record<string, Uint8Array>
}

const DICTIONARY_PATH = '/voikko'
// voikko_defines.h
const VOIKKO_SPELL_OK = 1
const VOIKKO_OPT_IGNORE_DOT = 0

export async function createVoikkoSpeller(factory: ModuleFactory, files: VoikkoFiles): Promise<WordSpeller> {
  const voikko = await factory({ wasmBinary: files.wasm })
  const folder = `${DICTIONARY_PATH}/5/mor-standard`
  voikko.FS.mkdirTree(folder)
  for (const [name, bytes] of Object.entries(files.morphology))
    voikko.FS.writeFile(`${folder}/${name}`, bytes)

  const init = voikko.cwrap('voikkoInit', 'number', ['number', 'string', 'string'])
  const errorPointer = voikko._malloc(4)
  const handle = init(errorPointer, 'fi', DICTIONARY_PATH) as number
  if (!handle) {
    const reason = voikko.UTF8ToString(voikko.getValue(errorPointer, '*'))
    voikko._free(errorPointer)
    throw new Error(`Voikko could not start: ${reason}`)
  }
  voikko._free(errorPointer)
  // "esim." and "ns.": with the full stop the word is an abbreviation Voikko knows.
  voikko.cwrap('voikkoSetBooleanOption', 'number', ['number', 'number', 'number'])(
    handle,
    VOIKKO_OPT_IGNORE_DOT,
    1
  )

  const spell = voikko.cwrap('voikkoSpellCstr', 'number', ['number', 'string'])
  const suggest = voikko.cwrap('voikkoSuggestCstr', 'number', ['number', 'string'])
  const freeArray = voikko.cwrap('voikkoFreeCstrArray', null, ['number'])
  return {
    spell: (word) => spell(handle, word) === VOIKKO_SPELL_OK,
    suggest(word) {
      const array = suggest(handle, word) as number
      if (!array) return []
      const suggestions: string[] = []
      for (let at = array; ; at += 4) {
        const pointer = voikko.getValue(at, '*')
        if (!pointer) break
        suggestions.push(voikko.UTF8ToString(pointer))
      }
      freeArray(array)
      return suggestions
    }
  }
}
