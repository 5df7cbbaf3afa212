/**
 * Export to Word through the real services and exporter: the dialog's options, the save dialog answered with a path,
 * a real .docx on disk, and the notice's "Show in folder" reaching the shell.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Report } from '../../src/shared/model'
import { seriousAxeViolations } from './support/axe'
import { launchApp, type AppHarness } from './support/app'

type Call = (input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>

describe('export to Word', () => {
  let app: AppHarness | undefined
  let outDir: string | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
    if (outDir) await rm(outDir, { recursive: true, force: true })
  })

  it('writes the .docx where the save dialog says and offers to show it in its folder', async () => {
    app = await launchApp()
    const { page } = app
    await page.evaluate(async () => {
      const api = (globalThis as unknown as { api: { reports: { create: Call } } }).api
      const created = await api.reports.create({
        language: 'fi',
        templateId: 'digitalisation',
        title: 'Vientitesti'
      })
      if (!created.ok) throw new Error(JSON.stringify(created.error))
      return (created.value as Report).id
    })
    await app.reload()
    await page.getByRole('button', { name: 'Vientitesti', exact: true }).click()

    outDir = await mkdtemp(join(tmpdir(), 'tilannekuva-export-'))
    const target = join(outDir, '2021-10-25 Tilannekuva.docx')
    app.dialogAnswers.push(target)
    await page.getByRole('button', { name: 'Vie Word-tiedostoksi' }).click()
    const dialog = page.getByRole('dialog', { name: 'Vie Word-tiedostoksi' })
    await dialog.waitFor()
    await expect.poll(() => dialog.getByRole('radio', { name: 'suomi' }).isChecked()).toBe(true)
    await expect.poll(() => dialog.getByRole('checkbox', { name: /Kirjoitusohjeet/ }).isChecked()).toBe(false)
    expect(await seriousAxeViolations(page, '[role="dialog"]')).toEqual([])
    await app.screenshot('export-dialog-fi')
    await dialog.getByRole('button', { name: 'Vie', exact: true }).click()

    const notice = page.getByRole('status').filter({ hasText: 'Viety: 2021-10-25 Tilannekuva.docx' })
    await notice.waitFor({ timeout: 30_000 })
    const bytes = await readFile(target)
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
    expect(bytes.length).toBeGreaterThan(5_000)
    await expect.poll(() => page.getByRole('button', { name: 'Vie Word-tiedostoksi' }).isEnabled()).toBe(true)
    await app.screenshot('export-fi')

    await notice.getByRole('button', { name: 'Näytä kansiossa' }).click()
    await expect.poll(() => app?.shellCalls).toEqual([{ kind: 'showItemInFolder', target }])
  })

  it('says nothing when the save dialog is cancelled', async () => {
    app = await launchApp()
    const { page } = app
    await page.evaluate(async () => {
      const api = (globalThis as unknown as { api: { reports: { create: Call } } }).api
      await api.reports.create({ language: 'fi', templateId: 'meeting-status', title: 'Peruttu vienti' })
    })
    await app.reload()
    await page.getByRole('button', { name: 'Peruttu vienti', exact: true }).click()
    app.dialogAnswers.push(null)
    // The app menu's command: the report view listens once it is open.
    await page.getByRole('button', { name: 'Vie Word-tiedostoksi' }).waitFor()
    await app.emit('menu:command', 'export-docx')
    const dialog = page.getByRole('dialog', { name: 'Vie Word-tiedostoksi' })
    await dialog.getByRole('button', { name: 'Vie', exact: true }).click()
    // The save dialog was asked (and cancelled), and the button is back.
    await expect.poll(() => app?.dialogAnswers.length).toBe(0)
    await page.getByRole('button', { name: 'Vie Word-tiedostoksi' }).and(page.locator(':enabled')).waitFor()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Viety' }).count()).toBe(0)
    await expect.poll(() => page.getByRole('alert').count()).toBe(0)
  })
})
