/** Pure rules of the actions view: every action of a report with its section, filters, and what counts as overdue. */
import type { Action, ActionState, Section } from '../../../../shared/model'
import { MINISTRIES } from '../../../../shared/model'

export interface ActionEntry {
  action: Action
  sectionId: string
  /** 1-based position of the section in the report, as the outline numbers it. */
  sectionNumber: number
  sectionTitle: string
}

/** All actions of the sections, in report order. */
export function listActions(sections: readonly Section[]): ActionEntry[] {
  return sections.flatMap((section, index) =>
    section.actions.map((action) => ({
      action,
      sectionId: section.id,
      sectionNumber: index + 1,
      sectionTitle: section.title
    }))
  )
}

/** Not done and due before today; `today` is `YYYY-MM-DD` (ISO dates compare as strings). */
export function isOverdue(action: Action, today: string): boolean {
  return action.state !== 'done' && action.due !== '' && action.due < today
}

/** 'unfinished' = open or in progress: what a meeting follows up. */
export type StateFilter = 'all' | 'unfinished' | ActionState
/** '' = everyone; NOBODY = actions with no one named. */
export const NOBODY = '\u0000nobody'

export interface ActionFilter {
  who: string
  state: StateFilter
}

/** The entries matching the filter; names match trimmed and case-insensitively. */
export function filterActions(entries: readonly ActionEntry[], filter: ActionFilter): ActionEntry[] {
  const who = filter.who.trim().toLocaleLowerCase()
  return entries.filter(({ action }) => {
    if (filter.state === 'unfinished' && action.state === 'done') return false
    if (filter.state !== 'all' && filter.state !== 'unfinished' && action.state !== filter.state) return false
    if (filter.who === NOBODY) return action.who.trim() === ''
    return who === '' || action.who.trim().toLocaleLowerCase() === who
  })
}

/** The distinct people/units named as responsible, sorted for the language, first spelling kept. */
export function responsibles(entries: readonly ActionEntry[], language: string): string[] {
  const byKey = new Map<string, string>()
  for (const { action } of entries) {
    const name = action.who.trim()
    if (name !== '' && !byKey.has(name.toLocaleLowerCase())) byKey.set(name.toLocaleLowerCase(), name)
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, language))
}

/** Today's local calendar date as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** True when an owner is stored as one of the ministry codes (then it is shown by name). */
export function isMinistry(owner: string): owner is (typeof MINISTRIES)[number] {
  return (MINISTRIES as readonly string[]).includes(owner)
}

/** Actions of a section that are not done. */
export function openActionCount(section: Section): number {
  return section.actions.filter((action) => action.state !== 'done').length
}
