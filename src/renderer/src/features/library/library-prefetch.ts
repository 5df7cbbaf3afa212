/**
 * The library's data, asked for as the renderer starts — beside the settings and the UI language's words, not after
 * the first render — so the library's first render already has its list. Taken once, by the library's first mount;
 * later mounts (back from a report) ask afresh.
 */
import { api, unwrap } from '../../api'

export function fetchLibrary() {
  return Promise.all([unwrap(api.reports.list({})), unwrap(api.settings.get({}))])
}

let prefetched: ReturnType<typeof fetchLibrary> | undefined

/** Starts loading the library's data now. */
export function prefetchLibrary(): void {
  prefetched = fetchLibrary()
  // Failures are shown by the library when it takes the answer; until then they are not unhandled.
  prefetched.catch(() => undefined)
}

/** The data started by prefetchLibrary, once; undefined after that or without it. */
export function takePrefetchedLibrary(): ReturnType<typeof fetchLibrary> | undefined {
  const taken = prefetched
  prefetched = undefined
  return taken
}
