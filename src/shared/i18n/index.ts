/**
 * Translations for both processes: the renderer (react-i18next over the same resources) and main (menu, dialog
 * titles, the exported document's words) through one i18next instance made with `createInstance`.
 * One JSON file per language and namespace under locales/<lang>/<namespace>.json, so each feature owns its words.
 * The Finnish files are the reference: their keys type `translator()`, so a key missing there fails the typecheck.
 */
import i18next, { type i18n } from 'i18next'
import type { Language } from '../model'
import type common from './locales/fi/common.json'
import type document from './locales/fi/document.json'
import type exportNs from './locales/fi/export.json'
import type exportCharts from './locales/fi/exportCharts.json'
import type keyFigures from './locales/fi/keyFigures.json'
import type main from './locales/fi/main.json'
import type templates from './locales/fi/templates.json'

type Messages = { [key: string]: string | Messages }

const files = import.meta.glob<Messages>('./locales/*/*.json', { eager: true, import: 'default' })

/** { fi: { common: {...}, editor: {...} }, sv: …, en: … } */
export const resources: Record<Language, Record<string, Messages>> = { fi: {}, sv: {}, en: {} }
for (const [path, messages] of Object.entries(files)) {
  const match = /\.\/locales\/(fi|sv|en)\/([\w-]+)\.json$/.exec(path)
  if (match) resources[match[1] as Language][match[2] as string] = messages
}

/** The namespaces the main process reads, each typed by its Finnish file. */
interface MainResources {
  common: typeof common
  document: typeof document
  export: typeof exportNs
  exportCharts: typeof exportCharts
  keyFigures: typeof keyFigures
  main: typeof main
  templates: typeof templates
}
export type MainNamespace = keyof MainResources

/** Every dotted path to a string in T: { a: { b: 'x' } } → 'a.b'. */
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Leaves<T[K]>}`
}[keyof T & string]

/** A key of `N`, checked against the Finnish file: `translator('fi', 'document')('labels.date')`. */
export type TranslationKey<N extends MainNamespace> = Leaves<MainResources[N]>

export type Values = Record<string, string | number>

let instance: i18n | undefined

/** The main process's i18next instance, made on first use (the renderer has its own, from react-i18next). */
function mainInstance(): i18n {
  if (!instance) {
    instance = i18next.createInstance()
    // Resources are in memory, so with initAsync off the instance is ready when init returns.
    void instance.init({
      resources,
      lng: 'fi',
      fallbackLng: false,
      defaultNS: 'common',
      ns: Object.keys(resources.fi),
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false
    })
  }
  return instance
}

/** A typed translate function for one language and namespace. */
export function translator<N extends MainNamespace>(
  language: Language,
  namespace: N
): (key: TranslationKey<N>, values?: Values) => string {
  const t = mainInstance().getFixedT(language, namespace)
  return (key, values) => t(key, values ?? {}) as string
}

/**
 * `namespace:key.path` (or `key.path` in common) for main-process text; the key itself when it is missing.
 * The untyped door for keys built at run time (menu items, error codes); prefer `translator` where the key is known.
 */
export function translate(language: Language, key: string, values: Values = {}): string {
  const [namespace, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key]
  const text = mainInstance().t(path, { lng: language, ns: namespace, ...values, defaultValue: key })
  return typeof text === 'string' ? text : key
}
