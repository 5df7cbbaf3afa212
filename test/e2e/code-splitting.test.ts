/**
 * The renderer's code is split (src/renderer/src/lazy-views.ts): the library is on screen and usable while the
 * report view's script (TipTap, every report tab) has not arrived yet; once it arrives a report opens as before.
 * The report's chunk is held back here at the network, as a slow disk or a busy machine would hold it.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Route } from 'playwright-core'
import { launchApp, type AppHarness } from './support/app'

describe('code splitting', () => {
  let app: AppHarness | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('shows a usable library before the editor’s code has loaded, then opens a report with it', async () => {
    app = await launchApp()
    const { page } = app
    const held: Route[] = []
    let release = false
    await page.route(/\/assets\/ReportView-[\w-]+\.js$/, (route) =>
      release ? route.continue() : void held.push(route)
    )
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
    })
    await app.reload()

    // The library works: its first-run actions are there and a dialog opens from it.
    await page.getByRole('heading', { name: 'Tilannekuvat', level: 1 }).waitFor()
    await page.getByRole('button', { name: 'Uusi tilannekuva mallipohjasta' }).click()
    const dialog = page.getByRole('dialog', { name: 'Uusi tilannekuva' })
    await dialog.waitFor()
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    // …while the report's code is asked for (preloaded when idle) but has not arrived.
    await expect.poll(() => held.length).toBeGreaterThan(0)
    expect(await page.locator('.ProseMirror').count()).toBe(0)
    expect(scripts.some((path) => /\/assets\/index-[\w-]+\.js$/.test(path))).toBe(true)

    release = true
    for (const route of held.splice(0)) await route.continue()
    await page.getByRole('button', { name: 'Avaa esimerkki' }).click()
    await page.getByRole('heading', { level: 1, name: /Tilannekuva – digitalisaatio/ }).waitFor()
    await expect.poll(() => page.getByRole('textbox', { name: 'Muistiinpanot' }).count()).toBe(1)
  })
})
