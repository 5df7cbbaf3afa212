/**
 * Immutable changes to a report's sections, as the editor makes them. Each returns a new report (or the same one
 * when nothing changes, so the store skips the save).
 */
import type { Report, Section } from '../../../../shared/model'
import { emptyDoc } from '../../../../shared/richtext'
import { newId } from '../../../../shared/ids'

/** Applies `change` to the section with `id`. */
export function updateSection(report: Report, id: string, change: (section: Section) => Section): Report {
  let changed = false
  const sections = report.sections.map((section) => {
    if (section.id !== id) return section
    const next = change(section)
    if (next !== section) changed = true
    return next
  })
  return changed ? { ...report, sections } : report
}

/** Moves a section by `offset` places (−1 up, +1 down); a move past either end changes nothing. */
export function moveSection(report: Report, id: string, offset: number): Report {
  const from = report.sections.findIndex((s) => s.id === id)
  return from < 0 ? report : moveSectionTo(report, id, from + offset)
}

/** Moves a section to index `to` (used by drag and drop). */
export function moveSectionTo(report: Report, id: string, to: number): Report {
  const from = report.sections.findIndex((s) => s.id === id)
  if (from < 0 || to < 0 || to >= report.sections.length || to === from) return report
  const sections = [...report.sections]
  const [moved] = sections.splice(from, 1)
  if (!moved) return report
  sections.splice(to, 0, moved)
  return { ...report, sections }
}

/** A new, empty section. */
export function blankSection(title: string): Section {
  return {
    id: newId(),
    title,
    guidance: '',
    status: 'not_assessed',
    trend: 'none',
    owner: '',
    notes: emptyDoc(),
    keyFigures: [],
    decisions: [],
    actions: []
  }
}

/** Inserts `section` at `index` (clamped), e.g. after the current one, or back where an undone removal was. */
export function insertSection(report: Report, section: Section, index: number): Report {
  const sections = [...report.sections]
  sections.splice(Math.max(0, Math.min(index, sections.length)), 0, section)
  return { ...report, sections }
}

/** Removes the section with `id`. */
export function removeSection(report: Report, id: string): Report {
  const sections = report.sections.filter((s) => s.id !== id)
  return sections.length === report.sections.length ? report : { ...report, sections }
}
