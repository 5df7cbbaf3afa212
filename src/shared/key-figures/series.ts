/**
 * Key figures over time: from the reports of a meeting series (oldest first, the open report last) to one series
 * per key figure of the open report — the value at each meeting, a gap with its reason where no number can be read,
 * and the target as a line. Pure; the Tunnusluvut view and, later, the Word export draw from it.
 */
import type { FigureSnapshot, ReportSnapshot } from './history'
import { matchFigures } from './match'
import { readNumber, readUnit, type Scale } from './read-number'

/** Why a meeting has no point: nothing written, text that is not a number, a number in another unit, no figure. */
export type GapReason = 'empty' | 'unreadable' | 'other_unit' | 'absent'

export interface SeriesPoint {
  reportId: string
  reportTitle: string
  /** `YYYY-MM-DD`, or '' when the report has no meeting date. */
  meetingDate: string
  /** The value as written in that report ('' when the figure is absent there). */
  text: string
  /** In base units; null for a gap. */
  value: number | null
  gap?: GapReason
  /** The writer marked the value an estimate ("n. 70 %"). */
  approximate?: boolean
}

export interface SeriesTarget {
  value: number
  /** As written in the open report. */
  text: string
  /** The target year ("2030"), '' when not given. */
  year: string
}

export interface KeyFigureSeries {
  figureId: string
  sectionId: string
  sectionTitle: string
  indicator: string
  /** '%', '€', 'kpl'… as the figure states it ('' none). */
  unit: string
  /** The scale to show numbers in ("milj." → 1e6): the unit field's, else the one the latest value was written in. */
  scale: Scale
  /** A share in per cent: changes are percentage points, not per cent. */
  percent: boolean
  /** Oldest first, from the first meeting the figure appears in to the open report. */
  points: SeriesPoint[]
  target: SeriesTarget | null
  /** The target as written in the open report ('' when none). */
  targetText: string
  /** Set when a target is written but is not one number. */
  targetUnreadable: boolean
}

interface Reading {
  value: number | null
  scale: Scale
  unit: string
  gap?: GapReason
  approximate?: boolean
}

/** A value or target in the figure's unit: the unit field's scale applies when the text names none. */
function readIn(text: string, field: { scale: Scale; unit: string }, snapshot: ReportSnapshot): Reading {
  const read = readNumber(text, snapshot.language)
  if (!read.ok) return { value: null, scale: field.scale, unit: field.unit, gap: read.reason }
  const unit = read.unit || field.unit
  if (read.unit !== '' && field.unit !== '' && read.unit !== field.unit) {
    return { value: null, scale: field.scale, unit, gap: 'other_unit' }
  }
  const scale = read.scale === 1 ? field.scale : read.scale
  const value = read.scale === 1 ? Number((read.value * field.scale).toPrecision(15)) : read.value
  return { value, scale, unit, ...(read.approximate ? { approximate: true } : {}) }
}

/** For each figure of the last report, its match in every report (undefined where it is absent), oldest first. */
function trace(reports: readonly ReportSnapshot[]): Array<Array<FigureSnapshot | undefined>> {
  const current = reports.at(-1)?.figures ?? []
  const columns = current.map((figure) => [figure] as Array<FigureSnapshot | undefined>)
  // The newest appearance of each figure: a figure left out of one report is still found in the one before.
  const latest = new Map<FigureSnapshot, number>(current.map((figure, index) => [figure, index]))
  for (let r = reports.length - 2; r >= 0; r -= 1) {
    const pairs = matchFigures(reports[r]?.figures ?? [], [...latest.keys()])
    const next = new Map<FigureSnapshot, number>()
    for (const [figure, index] of latest) {
      const older = pairs.get(figure)
      columns[index]?.unshift(older)
      next.set(older ?? figure, index)
    }
    latest.clear()
    for (const [figure, index] of next) latest.set(figure, index)
  }
  return columns
}

function pointOf(snapshot: ReportSnapshot, match: FigureSnapshot | undefined, read: Reading | undefined) {
  const base = { reportId: snapshot.id, reportTitle: snapshot.title, meetingDate: snapshot.meetingDate }
  if (!match || !read) return { ...base, text: '', value: null, gap: 'absent' } satisfies SeriesPoint
  return {
    ...base,
    text: match.value,
    value: read.value,
    ...(read.gap ? { gap: read.gap } : {}),
    ...(read.approximate ? { approximate: true } : {})
  } satisfies SeriesPoint
}

/** One series per key figure of the last report in `reports` (oldest first), in the report's order. */
export function keyFigureSeries(reports: readonly ReportSnapshot[]): KeyFigureSeries[] {
  const open = reports.at(-1)
  if (!open) return []
  return trace(reports).map((matches) => {
    const figure = matches.at(-1) as FigureSnapshot
    const field = readUnit(figure.unit)
    const first = matches.findIndex((match) => match !== undefined)
    const shown = matches.slice(first)
    const snapshots = reports.slice(first)
    const reads = shown.map((match, i) =>
      match ? readIn(match.value, field, snapshots[i] as ReportSnapshot) : undefined
    )
    const latest = reads.findLast((read) => read?.value !== null && read !== undefined)
    const target = readIn(figure.target, field, open)
    // The figure's unit field decides; without one, what the latest value (or the target) was written with.
    const unit = field.unit || latest?.unit || (target.value === null ? '' : target.unit)
    const points = shown.map((match, i) => {
      const read = reads[i]
      // "1,2 mrd €" among percentages is another quantity, not a point on this line.
      const foreign = read?.value !== null && read !== undefined && read.unit !== '' && read.unit !== unit
      return pointOf(
        snapshots[i] as ReportSnapshot,
        match,
        foreign ? { ...read, value: null, gap: 'other_unit' } : read
      )
    })
    const targetForeign = target.value !== null && target.unit !== '' && target.unit !== unit
    return {
      figureId: figure.id,
      sectionId: figure.sectionId,
      sectionTitle: figure.sectionTitle,
      indicator: figure.indicator,
      unit,
      scale: latest?.scale ?? field.scale,
      percent: unit === '%',
      points,
      target:
        target.value === null || targetForeign
          ? null
          : { value: target.value, text: figure.target, year: figure.year.trim() },
      targetText: figure.target,
      targetUnreadable: targetForeign || target.gap === 'unreadable' || target.gap === 'other_unit'
    }
  })
}
