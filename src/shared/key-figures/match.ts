/**
 * Which key figure of an older report is the same indicator as a figure of a newer one. nextFromPrevious keeps the
 * ids, so the id decides first; a report rebuilt from the template, or a figure retyped, has new ids, so the
 * indicator text in the same section follows, then the indicator text anywhere in the report.
 */
import type { FigureSnapshot } from './history'

const normalise = (text: string): string => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase()

function sameSection(a: FigureSnapshot, b: FigureSnapshot): boolean {
  if (a.templateSectionId !== undefined && a.templateSectionId === b.templateSectionId) return true
  if (a.sectionId === b.sectionId) return true
  return normalise(a.sectionTitle) !== '' && normalise(a.sectionTitle) === normalise(b.sectionTitle)
}

const sameIndicator = (a: FigureSnapshot, b: FigureSnapshot): boolean =>
  normalise(a.indicator) !== '' && normalise(a.indicator) === normalise(b.indicator)

/**
 * Pairs each newer figure with at most one older figure. Each rule is tried for every figure before the next,
 * weaker one, so a text match cannot take a figure that another figure matches by id.
 */
export function matchFigures(
  older: readonly FigureSnapshot[],
  newer: readonly FigureSnapshot[]
): Map<FigureSnapshot, FigureSnapshot> {
  const pairs = new Map<FigureSnapshot, FigureSnapshot>()
  const used = new Set<FigureSnapshot>()
  const byId = new Map(older.map((figure) => [figure.id, figure]))
  for (const figure of newer) {
    const match = byId.get(figure.id)
    if (match && !used.has(match)) {
      pairs.set(figure, match)
      used.add(match)
    }
  }
  const rules = [
    (o: FigureSnapshot, n: FigureSnapshot) => sameSection(o, n) && sameIndicator(o, n),
    sameIndicator
  ]
  for (const rule of rules) {
    for (const figure of newer) {
      if (pairs.has(figure)) continue
      const match = older.find((candidate) => !used.has(candidate) && rule(candidate, figure))
      if (match) {
        pairs.set(figure, match)
        used.add(match)
      }
    }
  }
  return pairs
}
