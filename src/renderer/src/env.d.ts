/// <reference types="vite/client" />
import type { Api } from '../../shared/contract'

declare global {
  interface Window {
    /** Built by the preload (or the e2e harness) from the contract; the renderer's only way out. */
    api: Api
  }
}
export {}
