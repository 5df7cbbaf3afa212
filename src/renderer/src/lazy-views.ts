/**
 * The views that the library does not need, each in its own script chunk, so that the first screen (the library)
 * parses only what it shows: the report (TipTap and every report tab), the templates and the settings. Once the
 * library is on screen and the renderer is idle, `preloadViews` fetches the report's chunk (and the other
 * languages' words) in the background, so opening the first report does not wait for it.
 */
import { lazy } from 'react'
import { loadAllLanguages } from './i18n'

/** A view's code and every language's words (a report, template or export may be in another language than the UI). */
const withWords =
  <T>(load: () => Promise<T>) =>
  () =>
    Promise.all([load(), loadAllLanguages()]).then(([module]) => module)
const loadReport = withWords(() => import('./features/report/ReportView'))

export const ReportView = lazy(() => loadReport().then((m) => ({ default: m.ReportView })))
export const TemplatesView = lazy(withWords(() => import('./features/templates/TemplatesView')))
export const SettingsView = lazy(() =>
  withWords(() => import('./features/settings/SettingsView'))().then((m) => ({ default: m.SettingsView }))
)

/** Loads the report view's code when the renderer has nothing else to do (once; later calls are free). */
export function preloadViews(): () => void {
  const load = () => void loadReport()
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(load, { timeout: 2000 })
    return () => window.cancelIdleCallback(handle)
  }
  const timer = setTimeout(load, 200)
  return () => clearTimeout(timer)
}
