import { describe, expect, it } from 'vitest'
import { clampToVisibleDisplay, toSavedBounds } from '../../src/main/window-state'
import { windowBoundsSchema } from '../../src/shared/model'

// A laptop (1920x1040 work area under a task bar) and, at the office, a second monitor to its right.
const laptop = { x: 0, y: 0, width: 1920, height: 1040 }
const office = { x: 1920, y: 0, width: 2560, height: 1400 }

describe('window placement', () => {
  it('restores a window exactly where it was when that place is visible', () => {
    const saved = { x: 2100, y: 100, width: 1400, height: 900, maximized: false }
    expect(clampToVisibleDisplay(saved, [laptop, office], laptop)).toEqual(saved)
  })

  it('brings a window back from a monitor that is no longer attached', () => {
    const saved = { x: 2100, y: 100, width: 1400, height: 900, maximized: true }
    const placed = clampToVisibleDisplay(saved, [laptop], laptop)
    expect(placed).toEqual({ x: 260, y: 70, width: 1400, height: 900, maximized: true })
  })

  it('pulls a window that hangs off the edge fully onto its display and shrinks it to fit', () => {
    expect(
      clampToVisibleDisplay({ x: -300, y: 900, width: 1000, height: 700, maximized: false }, [laptop], laptop)
    ).toEqual({ x: 0, y: 340, width: 1000, height: 700, maximized: false })
    expect(
      clampToVisibleDisplay({ x: 10, y: 10, width: 3000, height: 2000, maximized: false }, [laptop], laptop)
    ).toEqual({ x: 0, y: 0, width: 1920, height: 1040, maximized: false })
  })

  it('keeps a window on the monitor it mostly covers', () => {
    const placed = clampToVisibleDisplay(
      { x: 1800, y: 50, width: 1200, height: 800, maximized: false },
      [laptop, office],
      laptop
    )
    expect(placed).toEqual({ x: 1920, y: 50, width: 1200, height: 800, maximized: false })
  })

  it('centres a first-run window on the primary display, never larger than it', () => {
    expect(clampToVisibleDisplay(undefined, [laptop], laptop)).toEqual({
      x: 320,
      y: 90,
      width: 1280,
      height: 860,
      maximized: false
    })
    const small = { x: 0, y: 0, width: 1024, height: 700 }
    expect(clampToVisibleDisplay(undefined, [small], small)).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 700,
      maximized: false
    })
  })

  it('saves schema-valid bounds, whatever the window reports', () => {
    const saved = toSavedBounds({ x: 10.4, y: -5.6, width: 120, height: 90 }, true)
    expect(saved).toEqual({ x: 10, y: -6, width: 400, height: 300, maximized: true })
    expect(windowBoundsSchema.safeParse(saved).success).toBe(true)
  })
})
