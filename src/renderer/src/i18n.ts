/** i18next for the renderer: resources shared with main, Finnish by default. */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { resources } from '../../shared/i18n'
import type { Language } from '../../shared/model'

/** Initialises i18next once, in `language`. */
export async function initI18n(language: Language = 'fi'): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: false,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false
    })
  } else {
    await i18next.changeLanguage(language)
  }
  document.documentElement.lang = language
  return i18next
}

/** Switches the UI language (and the page's lang attribute, for screen readers). */
export async function setUiLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language)
  document.documentElement.lang = language
}
