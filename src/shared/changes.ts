/**
 * What changed between two reports of a meeting series, per section: status change, changed key figures, new and
 * closed actions, and sections added or removed. Pure; the "what changed" view and the export's overview use it.
 */
import type { Action, KeyFigure, Report, Section, Status } from './model'

export interface KeyFigureChange {
  keyFigureId: string
  indicator: string
  unit: string
  /** '' when the figure is new in this report. */
  from: string
  to: string
}

export interface SectionChange {
  sectionId: string
  title: string
  /** The matching section of the previous report; absent when the section was added. */
  previousSectionId?: string
  /** Set only when the status differs (or the section is new and has been assessed). */
  status?: { from?: Status; to: Status }
  keyFigures: KeyFigureChange[]
  /** Actions recorded since the previous report (any state). */
  newActions: Action[]
  /** Actions that were not done in the previous report and are done now. */
  closedActions: Action[]
}

export interface ReportChanges {
  /** One entry per section of the current report, in its order. */
  sections: SectionChange[]
  /** Sections of the current report with no match in the previous one. */
  added: Section[]
  /** Sections of the previous report with no match in the current one. */
  removed: Section[]
}

const normalise = (text: string): string => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase()

/**
 * Pairs each current section with a previous one: by template section, else by the carried section id, else by
 * title. Each previous section is used at most once, and the stronger rule is tried for all sections first so a
 * title match cannot steal a section that another one matches by template.
 */
export function matchSections(previous: Section[], current: Section[]): Map<Section, Section> {
  const pairs = new Map<Section, Section>()
  const used = new Set<Section>()
  const rules: ((p: Section, c: Section) => boolean)[] = [
    (p, c) => p.templateSectionId !== undefined && p.templateSectionId === c.templateSectionId,
    (p, c) => p.id === c.id,
    (p, c) => normalise(p.title) !== '' && normalise(p.title) === normalise(c.title)
  ]
  for (const rule of rules) {
    for (const section of current) {
      if (pairs.has(section)) continue
      const match = previous.find((candidate) => !used.has(candidate) && rule(candidate, section))
      if (match) {
        pairs.set(section, match)
        used.add(match)
      }
    }
  }
  return pairs
}

/** Key figures whose value was entered in this report and differs from the previous report's value. */
function keyFigureChanges(previous: KeyFigure[], current: KeyFigure[]): KeyFigureChange[] {
  const changes: KeyFigureChange[] = []
  for (const figure of current) {
    const before =
      previous.find((candidate) => candidate.id === figure.id) ??
      previous.find((candidate) => normalise(candidate.indicator) === normalise(figure.indicator))
    const from = before?.value ?? ''
    // An empty value means "not yet updated", not "dropped to nothing".
    if (figure.value.trim() === '' || figure.value.trim() === from.trim()) continue
    changes.push({
      keyFigureId: figure.id,
      indicator: figure.indicator,
      unit: figure.unit,
      from,
      to: figure.value
    })
  }
  return changes
}

/** Per-section changes from `previous` to `current` (usually `current.previousReportId === previous.id`). */
export function reportChanges(previous: Report, current: Report): ReportChanges {
  const pairs = matchSections(previous.sections, current.sections)
  // Actions may move between sections, so "new" and "closed" look at the whole previous report.
  const previousActions = new Map(previous.sections.flatMap((s) => s.actions).map((a) => [a.id, a]))
  const sections = current.sections.map((section): SectionChange => {
    const before = pairs.get(section)
    const statusChanged = before ? before.status !== section.status : section.status !== 'not_assessed'
    return {
      sectionId: section.id,
      title: section.title,
      ...(before ? { previousSectionId: before.id } : {}),
      ...(statusChanged
        ? { status: { ...(before ? { from: before.status } : {}), to: section.status } }
        : {}),
      keyFigures: keyFigureChanges(before?.keyFigures ?? [], section.keyFigures),
      newActions: section.actions.filter((action) => !previousActions.has(action.id)),
      closedActions: section.actions.filter((action) => {
        const earlier = previousActions.get(action.id)
        return action.state === 'done' && earlier !== undefined && earlier.state !== 'done'
      })
    }
  })
  const matched = new Set(pairs.values())
  return {
    sections,
    added: current.sections.filter((section) => !pairs.has(section)),
    removed: previous.sections.filter((section) => !matched.has(section))
  }
}

/** True when the entry has anything to show in the "what changed" view. */
export function hasChanges(change: SectionChange): boolean {
  return (
    change.status !== undefined ||
    change.keyFigures.length > 0 ||
    change.newActions.length > 0 ||
    change.closedActions.length > 0
  )
}
