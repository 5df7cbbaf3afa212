/**
 * The words of the exported document in its language, through the main process's i18next instance: the labels
 * from the `document` namespace, statuses, states and ministry names from `common` (the words the screen shows).
 * Keys are typed by the Finnish files, so a missing word fails the typecheck rather than reaching a document.
 */
import { translator, type TranslationKey, type Values } from '../../shared/i18n'
import type { ActionState, Language, MinistryCode, ReportState, Status, Trend } from '../../shared/model'
import { MINISTRIES } from '../../shared/model'
import type documentJson from '../../shared/i18n/locales/fi/document.json'

const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }

/** A label of the document (`labels.*` in document.json). */
export type Label = keyof typeof documentJson.labels

export interface DocumentWords {
  language: Language
  /** BCP 47 tag for w:lang and dc:language: fi-FI, sv-FI, en-GB. */
  locale: string
  /** A word of the `document` namespace. */
  t: (key: TranslationKey<'document'>, values?: Values) => string
  label: (key: Label) => string
  status: (status: Status) => string
  trend: (trend: Trend) => string
  reportState: (state: ReportState) => string
  actionState: (state: ActionState) => string
  /** The organisation's name: a ministry code becomes its name, capitalised; free text stays as written. */
  organisation: (text: string) => string
}

const cache = new Map<Language, DocumentWords>()

/** The document words of `language` (made once per language). */
export function documentWords(language: Language): DocumentWords {
  const found = cache.get(language)
  if (found) return found
  // i18next resolves a key in about a microsecond; a large report asks for the same few words thousands of times.
  const memo = <K extends string>(lookup: (key: K) => string): ((key: K) => string) => {
    const known = new Map<K, string>()
    return (key) => {
      let found = known.get(key)
      if (found === undefined) known.set(key, (found = lookup(key)))
      return found
    }
  }
  const translate = translator(language, 'document')
  const t: DocumentWords['t'] = (key, values) => (values ? translate(key, values) : plain(key))
  const plain = memo((key: TranslationKey<'document'>) => translate(key))
  const common = memo(translator(language, 'common'))
  const locale = LOCALES[language]
  const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1)
  const words: DocumentWords = {
    language,
    locale,
    t,
    label: (key) => t(`labels.${key}`),
    status: (status) => common(`status.${status}`),
    trend: (trend) => (trend === 'none' ? t('trendNone') : common(`trend.${trend}`)),
    reportState: (state) => common(`state.${state}`),
    actionState: (state) => common(`actionState.${state}`),
    organisation: (text) => {
      const code = text.trim().toUpperCase()
      return (MINISTRIES as readonly string[]).includes(code)
        ? capitalise(common(`ministry.${code as MinistryCode}`))
        : text.trim()
    }
  }
  cache.set(language, words)
  return words
}

/** The BCP 47 tag of a report language. */
export function localeOf(language: Language): string {
  return LOCALES[language]
}
