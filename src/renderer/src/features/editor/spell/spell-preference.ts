/**
 * Whether spell checking is on (Settings; on unless the user turned it off). Read from main once, then kept here
 * so that every editor follows a change at once.
 */
import { useEffect, useSyncExternalStore } from 'react'
import { api, unwrap } from '../../../api'

let enabled = true
let loaded: Promise<void> | undefined
const listeners = new Set<() => void>()

function publish(value: boolean): void {
  enabled = value
  for (const listener of listeners) listener()
}

function load(): Promise<void> {
  loaded ??= api.settings.get({}).then((result) => {
    if (result.ok) publish(result.value.spellCheck !== false)
  })
  return loaded
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** True while spell checking is on. */
export function useSpellCheckEnabled(): boolean {
  useEffect(() => void load(), [])
  return useSyncExternalStore(subscribe, () => enabled)
}

/** Stores the choice in main's settings; every editor follows once it is stored. */
export async function setSpellCheckEnabled(value: boolean): Promise<void> {
  await load()
  await unwrap(api.settings.update({ spellCheck: value }))
  publish(value)
}
