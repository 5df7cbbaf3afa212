/**
 * Starts the spelling worker. Vite bundles spell.worker.ts with the engines' files as assets of the renderer
 * build (out/renderer/assets), which app:// serves; nothing is downloaded.
 */
import { createSpellClient, type SpellClient } from './client'

export function startSpellWorker(): { worker: Worker; client: SpellClient } {
  const worker = new Worker(new URL('./spell.worker.ts', import.meta.url), {
    type: 'module',
    name: 'spelling'
  })
  return { worker, client: createSpellClient(worker) }
}
