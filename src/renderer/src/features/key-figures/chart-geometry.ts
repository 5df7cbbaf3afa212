/**
 * The geometry of a key-figure chart, apart from drawing: the value range (the target included, so its line is
 * always in view), round tick values, and the line as runs broken at gaps. Meetings are evenly spaced: the chart
 * reads meeting by meeting, and a meeting without a date still has its place.
 */

export interface Plot {
  left: number
  top: number
  width: number
  height: number
}

/** The range to draw: all values and the target, with a little air; a flat series gets a band around it. */
export function valueRange(values: readonly (number | null)[], target?: number): [number, number] {
  const numbers = values.filter((value): value is number => value !== null)
  if (target !== undefined) numbers.push(target)
  if (numbers.length === 0) return [0, 1]
  let low = Math.min(...numbers)
  let high = Math.max(...numbers)
  if (low === high) {
    const band = Math.abs(low) * 0.1 || 1
    return [low - band, high + band]
  }
  const air = (high - low) * 0.08
  // A series of shares or counts never drops below zero: do not invent a negative axis for air.
  low = low >= 0 && low - air < 0 ? 0 : low - air
  high += air
  return [low, high]
}

/** About `count` round tick values (1, 2 or 5 × 10ⁿ apart) inside [low, high]. */
export function niceTicks(low: number, high: number, count = 4): number[] {
  const raw = (high - low) / count
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power
  const ticks: number[] = []
  for (let tick = Math.ceil(low / step) * step; tick <= high + step * 1e-9; tick += step) {
    ticks.push(Number(tick.toPrecision(12)))
  }
  return ticks
}

/** x of the i-th of n meetings; a single meeting sits in the middle. */
export function xOf(index: number, count: number, plot: Plot): number {
  return count <= 1 ? plot.left + plot.width / 2 : plot.left + (index * plot.width) / (count - 1)
}

/** y of a value in the range. */
export function yOf(value: number, [low, high]: [number, number], plot: Plot): number {
  return plot.top + plot.height - ((value - low) / (high - low)) * plot.height
}

/** SVG path data, one `M…L…` run per stretch of consecutive values: a gap breaks the line. */
export function linePath(
  values: readonly (number | null)[],
  x: (index: number) => number,
  y: (value: number) => number
): string {
  let path = ''
  let drawing = false
  values.forEach((value, index) => {
    if (value === null) {
      drawing = false
      return
    }
    path += `${drawing ? 'L' : 'M'}${x(index).toFixed(1)},${y(value).toFixed(1)}`
    drawing = true
  })
  return path
}
