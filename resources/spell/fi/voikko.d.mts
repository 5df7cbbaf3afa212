// Types of the Emscripten factory beside this file: one declaration for both engines (written by the build script).
export * from '../emscripten-module.mjs'
export { default } from '../emscripten-module.mjs'
