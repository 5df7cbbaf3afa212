/**
 * Issue 10, item 1: a toolbar tooltip must not cover the window. Fluent copies the provider's class to its portals,
 * so a layout class on the provider once gave the tooltip's portal a full-window white background.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launchApp, type AppHarness } from './support/app'
import { openNewReport } from './support/report'

/** What the user would click at the centre of `selector`: is it (inside) that element? */
function hitsItself(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const target = document.querySelector(sel)
    if (!target) return false
    const box = target.getBoundingClientRect()
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 20))
    return hit !== null && (hit === target || target.contains(hit))
  }, selector)
}

describe('tooltips (e2e)', () => {
  let app: AppHarness | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('leave the notes and the outline visible and reachable while a toolbar tooltip shows', async () => {
    app = await launchApp()
    const { page } = app
    await openNewReport(app, 'Tooltip')
    const bold = page.getByRole('toolbar', { name: 'Muotoilu' }).getByRole('button', { name: /Lihavointi/ })
    await bold.focus()
    await page.getByRole('tooltip').filter({ hasText: 'Lihavointi (Ctrl+B)' }).waitFor()
    await expect.poll(() => hitsItself(page, '[data-testid="notes-editor"]')).toBe(true)
    await expect.poll(() => hitsItself(page, '.outline-list')).toBe(true)
    await app.screenshot('tooltip-notes-fi')

    const add = page
      .getByRole('toolbar', { name: 'Osioiden työkalut' })
      .getByRole('button', { name: 'Lisää osio' })
    await add.focus()
    await page.getByRole('tooltip').filter({ hasText: 'Lisää osio' }).waitFor()
    await expect.poll(() => hitsItself(page, '[data-testid="notes-editor"]')).toBe(true)
    await expect.poll(() => hitsItself(page, '.outline-list')).toBe(true)
  })
})
