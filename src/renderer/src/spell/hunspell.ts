/** Swedish and English: Hunspell in WebAssembly (resources/spell/hunspell, built by scripts/build-hunspell.sh). */
import type { ModuleFactory } from './voikko'
import type { WordSpeller } from './types'

export interface HunspellFiles {
  wasm: Uint8Array
  aff: Uint8Array
  dic: Uint8Array
}

export async function createHunspellSpeller(
  factory: ModuleFactory,
  files: HunspellFiles
): Promise<WordSpeller> {
  const hunspell = await factory({ wasmBinary: files.wasm })
  hunspell.FS.writeFile('/dictionary.aff', files.aff)
  hunspell.FS.writeFile('/dictionary.dic', files.dic)
  const handle = hunspell.cwrap('Hunspell_create', 'number', ['string', 'string'])(
    '/dictionary.aff',
    '/dictionary.dic'
  ) as number
  if (!handle) throw new Error('Hunspell could not start')

  const spell = hunspell.cwrap('Hunspell_spell', 'number', ['number', 'string'])
  const suggest = hunspell.cwrap('Hunspell_suggest', 'number', ['number', 'number', 'string'])
  const freeList = hunspell.cwrap('Hunspell_free_list', null, ['number', 'number', 'number'])
  return {
    spell: (word) => spell(handle, word) !== 0,
    suggest(word) {
      const listPointer = hunspell._malloc(4)
      const count = suggest(handle, listPointer, word) as number
      const list = hunspell.getValue(listPointer, '*')
      const suggestions: string[] = []
      for (let i = 0; i < count; i++)
        suggestions.push(hunspell.UTF8ToString(hunspell.getValue(list + 4 * i, '*')))
      freeList(handle, listPointer, count)
      hunspell._free(listPointer)
      return suggestions
    }
  }
}
