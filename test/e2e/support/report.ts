/** Shared steps of the keyboard e2e tests: a report made through the api, opened from the library. */
import type { Page } from 'playwright-core'
import type { AppHarness } from './app'

/**
 * Creates a report from the built-in template through the page's api and opens it from the library. With
 * `uiInLanguage` the app's own language is switched to the report's first (screenshots in fi, sv and en).
 */
export async function openNewReport(
  app: AppHarness,
  title: string,
  language = 'fi',
  { uiInLanguage = false } = {}
): Promise<string> {
  const { page } = app
  const id = await page.evaluate(
    async ([name, lang, ui]) => {
      type Call = (input: unknown) => Promise<unknown>
      const api = (window as unknown as { api: { reports: { create: Call }; settings: { update: Call } } })
        .api
      if (ui) {
        const switched = (await api.settings.update({ uiLanguage: lang })) as { ok: boolean }
        if (!switched.ok) throw new Error(JSON.stringify(switched))
      }
      const result = (await api.reports.create({
        language: lang,
        templateId: 'digitalisation',
        title: name
      })) as { ok: boolean; value: { id: string } }
      if (!result.ok) throw new Error(JSON.stringify(result))
      return result.value.id
    },
    [title, language, uiInLanguage] as const
  )
  await app.reload()
  await page.getByRole('button', { name: title, exact: true }).first().click()
  await page.locator('nav.section-outline').waitFor()
  return id
}

/** A short description of the focused element, for readable assertion messages. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return 'body'
    const label =
      el.getAttribute('aria-label') ??
      (el.getAttribute('aria-labelledby')
        ? document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent
        : null) ??
      el.textContent?.trim().slice(0, 60) ??
      ''
    return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''}:${label}`
  })
}
