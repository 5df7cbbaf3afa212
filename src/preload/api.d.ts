/**
 * The global the preload exposes, for the main/preload TypeScript project. The renderer declares the same
 * `Window.api: Api` in src/renderer/src/env.d.ts; both name the one `Api` type derived from the contract.
 */
import type { Api } from '../shared/contract'

declare global {
  interface Window {
    api: Api
  }
}
export {}
