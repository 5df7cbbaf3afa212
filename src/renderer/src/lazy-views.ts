/**
 * The views that the library does not need, each in its own script chunk, so that the first screen (the library)
 * parses only what it shows: the report (TipTap and every report tab), the templates and the settings. Once the
 * library is on screen and the renderer is idle, `preloadViews` fetches the report's chunk in the background, so
 * opening the first report does not wait for it.
 */
import { lazy } from 'react'

const loadReport = () => import('./features/report/ReportView')

export const ReportView = lazy(() => loadReport().then((m) => ({ default: m.ReportView })))
export const TemplatesView = lazy(() => import('./features/templates/TemplatesView'))
export const SettingsView = lazy(() =>
  import('./features/settings/SettingsView').then((m) => ({ default: m.SettingsView }))
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
