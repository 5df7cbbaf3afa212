/**
 * Asked before the app leaves the open report (the library, another report, templates, settings — by a button or the
 * application menu). The open report registers a guard while it shows text a field refuses (held back, never saved):
 * leaving would drop that text silently, so the guard asks first and goes on only if the user says so.
 */
import type { View } from './navigation'

/** True when the app may go to `next` now; false when the guard asks, calling `proceed` if the user goes on. */
export type LeaveGuard = (next: View, proceed: () => void) => boolean

let current: LeaveGuard | null = null

/** Installs `guard` (one report is open at a time); returns the function that removes it. */
export function setLeaveGuard(guard: LeaveGuard): () => void {
  current = guard
  return () => {
    if (current === guard) current = null
  }
}

/** Goes to `next` through the guard of the open report, if any. */
export function navigateGuarded(next: View, go: (view: View) => void): void {
  if (!current || current(next, () => go(next))) go(next)
}
