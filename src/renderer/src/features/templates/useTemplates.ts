/** The template list for the templates view: loaded once, reloaded after every change the user makes. */
import { useCallback, useEffect, useState } from 'react'
import type { Template } from '../../../../shared/model'
import { api, unwrap } from '../../api'

export type TemplatesState =
  { status: 'loading' } | { status: 'ready'; templates: Template[] } | { status: 'error'; error: unknown }

const load = (): Promise<TemplatesState> =>
  unwrap(api.templates.list({})).then(
    (templates): TemplatesState => ({ status: 'ready', templates }),
    (error: unknown): TemplatesState => ({ status: 'error', error })
  )

/** Loads `templates.list`; `reload()` resolves when the new list is shown. */
export function useTemplates(): { state: TemplatesState; reload: () => Promise<void> } {
  const [state, setState] = useState<TemplatesState>({ status: 'loading' })
  useEffect(() => {
    let current = true
    void load().then((next) => current && setState(next))
    return () => {
      current = false
    }
  }, [])
  const reload = useCallback(() => load().then(setState), [])
  return { state, reload }
}
