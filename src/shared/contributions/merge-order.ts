/**
 * The order of a merged list: order is not content, so it never makes a conflict. The side that reordered decides
 * (the coordinator when both did); the other side's new or restored items go in after the item they followed.
 */

/** True when `list` holds the ids of `among` in the same relative order as `base`. */
export function keepsOrder(
  base: readonly string[],
  list: readonly string[],
  among: ReadonlySet<string>
): boolean {
  const a = base.filter((id) => among.has(id))
  const b = list.filter((id) => among.has(id))
  return a.every((id, index) => b[index] === id)
}

/** Puts each kept id of `list` missing from `out` just after the nearest id before it (in `list`) that `out` holds. */
function insertMissing(out: string[], list: readonly string[], keep: ReadonlySet<string>): void {
  list.forEach((id, index) => {
    if (!keep.has(id) || out.includes(id)) return
    let at = 0
    for (let before = index - 1; before >= 0; before -= 1) {
      const position = out.indexOf(list[before]!)
      if (position >= 0) {
        at = position + 1
        break
      }
    }
    out.splice(at, 0, id)
  })
}

/**
 * The merged order of the ids in `keep`. A side "reordered" when the items all three versions share stand in another
 * order than at the base; that side's order leads (the coordinator's when both or neither did), then the other
 * side's additions follow their predecessors, then anything left (restored items) by the base order. Judging only
 * the shared items makes the result stable: merging the same reply into the merged list gives the same order.
 */
export function mergeOrder(
  base: readonly string[],
  mine: readonly string[],
  theirs: readonly string[],
  keep: ReadonlySet<string>
): string[] {
  const inMine = new Set(mine)
  const inTheirs = new Set(theirs)
  const shared = new Set(base.filter((id) => inMine.has(id) && inTheirs.has(id)))
  const theirsLead = !keepsOrder(base, theirs, shared) && keepsOrder(base, mine, shared)
  const [primary, secondary] = theirsLead ? [theirs, mine] : [mine, theirs]
  const out = primary.filter((id) => keep.has(id))
  insertMissing(out, secondary, keep)
  insertMissing(out, base, keep)
  return out
}
