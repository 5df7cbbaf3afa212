// Types for the Emscripten module factories in resources/spell/ (fi/voikko.mjs, hunspell/hunspell.mjs), written
// once: the build scripts put a re-export of this file next to each factory (fi/voikko.d.mts,
// hunspell/hunspell.d.mts). Only the parts of Emscripten's runtime that src/renderer/src/spell uses.

type CType = 'number' | 'string'

export interface EmscriptenModule {
  /** The in-memory file system the dictionaries are written into. */
  FS: {
    mkdirTree(path: string): void
    writeFile(path: string, data: Uint8Array): void
  }
  /** A JavaScript function calling an exported C function; 'string' arguments are passed as UTF-8. */
  cwrap(
    name: string,
    returnType: CType | null,
    argumentTypes: CType[]
  ): (...args: Array<number | string>) => unknown
  getValue(pointer: number, type: '*' | 'i32'): number
  UTF8ToString(pointer: number): string
  _malloc(size: number): number
  _free(pointer: number): void
}

/** Instantiates the module from the wasm bytes (fetched from app:// in the worker, read from disk under Node). */
export default function createModule(options: {
  wasmBinary: ArrayBuffer | Uint8Array
}): Promise<EmscriptenModule>
