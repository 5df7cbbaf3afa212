/**
 * Translations for both processes: the renderer (react-i18next) and main (menu, dialog titles).
 * One JSON file per language and namespace under locales/<lang>/<namespace>.json, so each feature owns its words.
 */
import type { Language } from '../model'

type Messages = { [key: string]: string | Messages }

const files = import.meta.glob<Messages>('./locales/*/*.json', { eager: true, import: 'default' })

/** { fi: { common: {...}, editor: {...} }, sv: …, en: … } */
export const resources: Record<Language, Record<string, Messages>> = { fi: {}, sv: {}, en: {} }
for (const [path, messages] of Object.entries(files)) {
  const match = /\.\/locales\/(fi|sv|en)\/([\w-]+)\.json$/.exec(path)
  if (match) resources[match[1] as Language][match[2] as string] = messages
}

/** Looks up `namespace:key.path` (or `key.path` in common) for main-process text; falls back to the key. */
export function translate(
  language: Language,
  key: string,
  values: Record<string, string | number> = {}
): string {
  const [namespace, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key]
  let node: string | Messages | undefined = resources[language][namespace]
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined
  const text = typeof node === 'string' ? node : key
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''))
}
