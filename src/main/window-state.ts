/**
 * Remembering the window's size and place between sessions. Pure functions: a window saved on a monitor that is
 * no longer attached (the docking station stayed at the office) must come back on a visible display.
 */
import type { WindowBounds } from '../shared/model'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface PlacedBounds extends Rect {
  maximized: boolean
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 } as const
/** The smallest window the layout is designed for (and what settingsSchema.window accepts). */
export const MIN_WINDOW_SIZE = { width: 400, height: 300 } as const

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max)

function fitInto(area: Rect, width: number, height: number, x?: number, y?: number): Rect {
  const w = Math.round(clamp(width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width))
  const h = Math.round(clamp(height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height))
  const left = x ?? area.x + (area.width - w) / 2
  const top = y ?? area.y + (area.height - h) / 2
  return {
    x: Math.round(clamp(left, area.x, area.x + area.width - w)),
    y: Math.round(clamp(top, area.y, area.y + area.height - h)),
    width: w,
    height: h
  }
}

/**
 * Places saved bounds on the display they overlap most (work areas, i.e. without task bars), shrunk to fit and
 * moved fully inside it. Bounds that overlap no display, or no saved bounds, are centred on the primary display.
 */
export function clampToVisibleDisplay(
  saved: WindowBounds | undefined,
  workAreas: readonly Rect[],
  primary: Rect
): PlacedBounds {
  const maximized = saved?.maximized ?? false
  if (!saved || saved.x === undefined || saved.y === undefined) {
    const size = saved ?? DEFAULT_WINDOW_SIZE
    return { ...fitInto(primary, size.width, size.height), maximized }
  }
  const rect = { x: saved.x, y: saved.y, width: saved.width, height: saved.height }
  let best: Rect | undefined
  let bestArea = 0
  for (const area of workAreas) {
    const overlap = overlapArea(rect, area)
    if (overlap > bestArea) {
      best = area
      bestArea = overlap
    }
  }
  if (!best) return { ...fitInto(primary, saved.width, saved.height), maximized }
  return { ...fitInto(best, saved.width, saved.height, saved.x, saved.y), maximized }
}

/** What to store in settings.window from the window's normal (unmaximised) bounds; always schema-valid. */
export function toSavedBounds(normal: Rect, maximized: boolean): WindowBounds {
  return {
    x: Math.round(normal.x),
    y: Math.round(normal.y),
    width: Math.round(clamp(normal.width, MIN_WINDOW_SIZE.width, 20000)),
    height: Math.round(clamp(normal.height, MIN_WINDOW_SIZE.height, 20000)),
    maximized
  }
}
