/** Hostile nesting for tests, built without recursion. */

/** Nested arrays `depth` deep. */
export function deepArray(depth: number): unknown {
  let value: unknown = []
  for (let i = 0; i < depth; i += 1) value = [value]
  return value
}

/** A notes document whose lists nest `depth` levels, as a hostile file would hold it. */
export function deepNotes(depth: number): unknown {
  let node: Record<string, unknown> = { type: 'paragraph', content: [{ type: 'text', text: 'syvä' }] }
  for (let i = 0; i < depth; i += 1)
    node = { type: 'bulletList', content: [{ type: 'listItem', content: [node] }] }
  return { type: 'doc', content: [node] }
}
