/**
 * Three-way merge of a section's key figures, decisions or actions, item by item by id. Within an item, fields
 * changed on one side only are combined; a field changed on both sides to different values, or an item deleted on
 * one side and edited on the other, is a conflict. Additions on both sides are all kept.
 */
import { sameContent } from './canonical'
import { mergeOrder } from './merge-order'
import type { ItemConflict, ListItem, ListName, ListSlot, TakenChange } from './merge-types'

export interface ListMerge {
  slots: ListSlot[]
  conflicts: ItemConflict[]
  taken: TakenChange[]
}

type ItemMerge =
  | { item: ListItem | null; taken?: TakenChange['change'] }
  | { mine: ListItem | null; theirs: ListItem | null }

/** Field by field: one side's change is taken; both sides' different changes give two candidate items. */
function mergeFields(base: ListItem, mine: ListItem, theirs: ListItem): ItemMerge {
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)])
  const settled: Record<string, unknown> = {}
  const mineWins: Record<string, unknown> = {}
  const theirsWins: Record<string, unknown> = {}
  let conflicted = false
  let tookTheirs = false
  const at = (item: ListItem, key: string) => (item as unknown as Record<string, unknown>)[key]
  for (const key of keys) {
    const [b, m, t] = [at(base, key), at(mine, key), at(theirs, key)]
    if (sameContent(m, t) || sameContent(t, b)) settled[key] = m
    else if (sameContent(m, b)) {
      settled[key] = t
      tookTheirs = true
    } else {
      conflicted = true
      mineWins[key] = m
      theirsWins[key] = t
    }
  }
  const build = (extra: Record<string, unknown>) =>
    dropUndefined({ ...settled, ...extra }) as unknown as ListItem
  if (conflicted) return { mine: build(mineWins), theirs: build(theirsWins) }
  return tookTheirs ? { item: build({}), taken: 'changed' } : { item: mine }
}

function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined))
}

function mergeItem(base?: ListItem, mine?: ListItem, theirs?: ListItem): ItemMerge {
  if (base && mine && theirs) return mergeFields(base, mine, theirs)
  if (base && mine) return sameContent(mine, base) ? { item: null, taken: 'removed' } : { mine, theirs: null }
  if (base && theirs) return sameContent(theirs, base) ? { item: null } : { mine: null, theirs }
  if (base) return { item: null }
  if (mine && theirs) return sameContent(mine, theirs) ? { item: mine } : { mine, theirs }
  if (mine) return { item: mine }
  if (theirs) return { item: theirs, taken: 'added' }
  return { item: null }
}

/** Merges one list of one section; conflict ids are `<sectionId>:<list>:<itemId>`. */
export function mergeList(
  sectionId: string,
  sectionTitle: string,
  list: ListName,
  base: readonly ListItem[],
  mine: readonly ListItem[],
  theirs: readonly ListItem[]
): ListMerge {
  const byId = (items: readonly ListItem[]) => new Map(items.map((item) => [item.id, item]))
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)]
  const ids = (items: readonly ListItem[]) => items.map((item) => item.id)
  const slotsById = new Map<string, ListSlot>()
  const conflicts: ItemConflict[] = []
  const taken: TakenChange[] = []
  for (const id of new Set([...ids(base), ...ids(mine), ...ids(theirs)])) {
    const merged = mergeItem(b.get(id), m.get(id), t.get(id))
    if ('item' in merged) {
      if (merged.item) slotsById.set(id, { id, item: merged.item })
      if (merged.taken) taken.push({ sectionId, path: [list, id], change: merged.taken })
      continue
    }
    const conflictId = `${sectionId}:${list}:${id}`
    slotsById.set(id, { id, conflictId })
    conflicts.push({
      id: conflictId,
      kind: 'item',
      sectionId,
      sectionTitle,
      list,
      itemId: id,
      base: b.get(id) ?? null,
      mine: merged.mine,
      theirs: merged.theirs
    })
  }
  const order = mergeOrder(ids(base), ids(mine), ids(theirs), new Set(slotsById.keys()))
  return { slots: order.map((id) => slotsById.get(id)!), conflicts, taken }
}
