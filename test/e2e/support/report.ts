/** Shared steps of the keyboard e2e tests: a report made through the api, opened from the library. */
import type { Page } from 'playwright-core'
import type { AppHarness } from './app'

/** Creates a report from the built-in template through the page's api and opens it from the library. */
export async function openNewReport(app: AppHarness, title: string, language = 'fi'): Promise<string> {
  const { page } = app
  const id = await page.evaluate(
    async ([name, lang]) => {
      const api = (window as unknown as { api: { reports: { create: (i: unknown) => Promise<unknown> } } })
        .api
      const result = (await api.reports.create({
        language: lang,
        templateId: 'digitalisation',
        title: name
      })) as { ok: boolean; value: { id: string } }
      if (!result.ok) throw new Error(JSON.stringify(result))
      return result.value.id
    },
    [title, language] as const
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
