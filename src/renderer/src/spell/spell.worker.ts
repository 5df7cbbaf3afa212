/**
 * The spelling worker: hosts the engines off the typing path. Each message is one request (protocol.ts),
 * answered in order of completion; engines start on first use of their language.
 */
import { createSpellHost } from './host'
import { readFromApp } from './worker-assets'

interface WorkerScope {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void
}

const scope = globalThis as unknown as WorkerScope
const host = createSpellHost(readFromApp)
scope.addEventListener('message', (event) => {
  void host.handle(event.data).then((response) => scope.postMessage(response))
})
