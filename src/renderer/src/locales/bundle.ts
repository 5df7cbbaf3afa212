/** One language's namespaces from an eager glob of its locale files: { 'path/common.json': {...} } → { common }. */
export type Messages = { [key: string]: string | Messages }

export function bundle(files: Record<string, Messages>): Record<string, Messages> {
  return Object.fromEntries(
    Object.entries(files).map(([path, messages]) => [/([\w-]+)\.json$/.exec(path)?.[1] ?? path, messages])
  )
}
