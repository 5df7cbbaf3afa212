/**
 * i18next for the renderer: the resources shared with main (src/shared/i18n/locales), Finnish by default.
 * Each language is a script chunk of its own (./locales): the first screen waits only for the UI language's words;
 * the others arrive when the UI switches to them (`setUiLanguage`) or when a view that may show text in a report's
 * language is opened (`loadAllLanguages`, called by the lazy views' loaders before they render).
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../shared/model'

type Messages = { [key: string]: string | Messages }

const bundles: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  fi: () => import('./locales/fi'),
  sv: () => import('./locales/sv'),
  en: () => import('./locales/en')
}
const fetched = new Map<Language, Promise<Record<string, Messages>>>()

/** `language`'s words, fetched once (a failed fetch, a chunk missing, may be tried again). */
function fetchLanguage(language: Language): Promise<Record<string, Messages>> {
  let pending = fetched.get(language)
  if (!pending) {
    // { '…/locales/sv/common.json': {...} } → { common: {...} }
    pending = bundles[language]().then((module) =>
      Object.fromEntries(
        Object.entries(module.default).map(([path, messages]) => [
          /([\w-]+)\.json$/.exec(path)?.[1] ?? path,
          messages as Messages
        ])
      )
    )
    pending.catch(() => fetched.delete(language))
    fetched.set(language, pending)
  }
  return pending
}

/** Adds `language`'s words to the initialised i18next (its own data is never overwritten). */
async function loadLanguage(language: Language): Promise<void> {
  const namespaces = await fetchLanguage(language)
  if (!i18next.isInitialized || i18next.hasResourceBundle(language, 'common')) return
  for (const [namespace, messages] of Object.entries(namespaces)) {
    i18next.addResourceBundle(language, namespace, messages, true, false)
  }
}

/** Loads every language's words: before a view renders text in a report's or template's own language. */
export async function loadAllLanguages(): Promise<void> {
  await Promise.all((Object.keys(bundles) as Language[]).map(loadLanguage))
}

/** Initialises i18next once, in `language`. */
export async function initI18n(language: Language = 'fi'): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      // Only the UI language before the first screen; the others are added when needed.
      resources: { [language]: await fetchLanguage(language) },
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: false,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false
    })
  } else {
    await setUiLanguage(language)
  }
  document.documentElement.lang = language
  return i18next
}

/** Switches the UI language (and the page's lang attribute, for screen readers). */
export async function setUiLanguage(language: Language): Promise<void> {
  await loadLanguage(language)
  await i18next.changeLanguage(language)
  document.documentElement.lang = language
}
