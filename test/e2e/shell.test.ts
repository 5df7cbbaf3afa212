/** Smoke: the app shell renders in Finnish, and switching language changes what the user reads. */
import { afterEach, describe, expect, it } from 'vitest'
import { launchApp, type AppHarness } from './support/app'

describe('app shell', () => {
  let app: AppHarness | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('starts in Finnish and switches to Swedish and English, and remembers the choice', async () => {
    app = await launchApp()
    const { page } = app
    const nav = page.getByRole('navigation', { name: 'Päänavigointi' })
    await expect.poll(() => nav.getByRole('tab', { name: 'Raportit' }).isVisible()).toBe(true)
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fi')
    await app.screenshot('shell-fi')

    await nav.getByRole('tab', { name: 'Asetukset' }).click()
    await page.getByRole('radio', { name: 'svenska' }).check()
    await page.getByRole('heading', { name: 'Inställningar' }).waitFor()
    await expect.poll(() => page.getByRole('tab', { name: 'Rapporter' }).count()).toBe(1)
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('sv')

    await page.getByRole('radio', { name: 'English' }).check()
    await page.getByRole('heading', { name: 'Settings' }).waitFor()
    await expect.poll(() => page.getByRole('tab', { name: 'Templates' }).count()).toBe(1)
    await app.screenshot('shell-en')

    // A restart of the window keeps the language.
    await app.reload()
    await page.getByRole('tab', { name: 'Reports' }).waitFor()
  })
})
