/**
 * The meeting cycle and the templates view through the real services: report A from the digitalisation template,
 * report B made from A, an action closed in B, and B's "Muutokset" tab lists what changed; a built-in template copied,
 * renamed, extended and saved as a new version. Both views axe-checked and photographed in Finnish.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import type { Report, Template } from '../../src/shared/model'
import { seriousAxeViolations } from './support/axe'
import { launchApp, type AppHarness } from './support/app'

type Call = (input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>
type PageApi = { reports: { create: Call; save: Call }; templates: { list: Call } }

/** Report A from the built-in template, assessed and with actions; then B made from A. Returns B's id. */
async function createMeetingPair(page: Page): Promise<{ a: string; b: string }> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { api: PageApi }).api
    const must = <T>(result: { ok: boolean; value?: unknown; error?: unknown }): T => {
      if (!result.ok) throw new Error(JSON.stringify(result.error))
      return result.value as T
    }
    const a = must<Report>(
      await api.reports.create({
        language: 'fi',
        templateId: 'digitalisation',
        title: 'Syyskuun tilannekuva'
      })
    )
    const sections = a.sections.map((section, index) => {
      if (index === 0) {
        return {
          ...section,
          status: 'needs_attention' as const,
          actions: [
            {
              id: 'act-statement',
              what: 'Valmistele lausunto tekoälyasetuksesta',
              who: 'LVM',
              due: '2021-11-15',
              state: 'open' as const
            },
            {
              id: 'act-group',
              what: 'Kokoa poikkihallinnollinen työryhmä',
              who: 'VM',
              due: '',
              state: 'in_progress' as const
            }
          ]
        }
      }
      if (index === 1) {
        return {
          ...section,
          status: 'on_track' as const,
          keyFigures: section.keyFigures.map((figure, i) => (i === 0 ? { ...figure, value: '70' } : figure))
        }
      }
      return section
    })
    must(
      await api.reports.save({
        report: { ...a, meeting: { ...a.meeting, date: '2021-09-20' }, sections },
        baseRevision: a.revision
      })
    )
    const b = must<Report>(
      await api.reports.create({ language: 'fi', previousReportId: a.id, title: 'Lokakuun tilannekuva' })
    )
    // The writer re-assesses the first section and updates the first key figure of the second.
    const next = b.sections.map((section, index) => {
      if (index === 0) return { ...section, status: 'on_track' as const }
      if (index === 1) {
        return {
          ...section,
          keyFigures: section.keyFigures.map((f, i) => (i === 0 ? { ...f, value: '74' } : f))
        }
      }
      return section
    })
    must(await api.reports.save({ report: { ...b, sections: next }, baseRevision: b.revision }))
    return { a: a.id, b: b.id }
  })
}

async function expectNoSeriousAxeViolations(page: Page, view: string): Promise<void> {
  expect({ view, violations: await seriousAxeViolations(page) }).toEqual({ view, violations: [] })
}

describe('meeting cycle and templates', () => {
  let app: AppHarness | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('lists what changed since the previous report once an action is closed in the new one', async () => {
    app = await launchApp()
    const { page } = app
    const { b } = await createMeetingPair(page)
    await app.reload()
    await page.getByRole('button', { name: 'Lokakuun tilannekuva', exact: true }).click()
    const tabs = page.getByRole('navigation', { name: 'Raportin näkymät' })

    // Close one carried-forward action where the official would: in the actions view.
    await tabs.getByRole('tab', { name: 'Toimenpiteet' }).click()
    await page
      .getByRole('combobox', { name: 'Tila: Valmistele lausunto tekoälyasetuksesta' })
      .selectOption('done')
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 10_000 })

    await tabs.getByRole('tab', { name: 'Muutokset' }).click()
    const first = page.getByRole('region', { name: /^1\. / })
    await first.waitFor()
    await expect
      .poll(() => first.locator('.change-status').textContent())
      .toMatch(/Vaatii huomiota.*Etenee suunnitellusti/)
    await expect.poll(() => first.getByText('Valmistuneet toimenpiteet').count()).toBe(1)
    await expect.poll(() => first.getByText('Valmistele lausunto tekoälyasetuksesta').count()).toBe(1)
    // Still in progress: carried forward, neither new nor closed.
    await expect.poll(() => first.getByText('Kokoa poikkihallinnollinen työryhmä').count()).toBe(0)
    const second = page.getByRole('region', { name: /^2\. / })
    await expect.poll(() => second.getByRole('row').nth(1).textContent()).toMatch(/70.*74/)
    await expect
      .poll(() => page.getByText(/Verrattuna raporttiin ”Syyskuun tilannekuva” \(20\.9\.2021\)/).count())
      .toBe(1)
    await expectNoSeriousAxeViolations(page, 'changes')
    await app.screenshot('changes-fi')

    const onDisk = (await app.readReportFile(b)) as Report
    expect(onDisk.sections[0]?.actions.find((x) => x.id === 'act-statement')?.state).toBe('done')
  })

  it('copies a built-in template, renames it, adds a section and saves a new version', async () => {
    app = await launchApp()
    const { page } = app
    await page
      .getByRole('navigation', { name: 'Päänavigointi' })
      .getByRole('tab', { name: 'Mallipohjat' })
      .click()
    const builtIn = page.getByRole('region', { name: 'Valmiit mallipohjat' })
    await builtIn.getByRole('button', { name: /Julkisen hallinnon digitalisaatio/ }).waitFor()
    await expect.poll(() => builtIn.getByText('Valmis', { exact: true }).count()).toBe(2)
    await expectNoSeriousAxeViolations(page, 'templates (built-in)')
    await app.screenshot('templates-builtin-fi')

    await page.getByRole('button', { name: 'Kopioi muokattavaksi' }).click()
    const name = page.getByRole('textbox', { name: /Nimi \(suomi\)/ })
    await name.waitFor()
    await name.fill('VM:n digitilannekuva')
    await page.getByRole('button', { name: 'Lisää osio' }).click()
    // The new section's title has the focus: type straight into it.
    await page.keyboard.press('Control+A')
    await page.keyboard.type('Kuntien digitalisaatio')
    await page.getByRole('button', { name: 'Tallenna mallipohja' }).click()
    await page.getByText(/Mallipohja tallennettu versiona 2/).waitFor()

    const own = page.getByRole('region', { name: 'Omat mallipohjat' })
    const item = own.getByRole('button', { name: /VM:n digitilannekuva/ })
    await expect.poll(() => item.textContent()).toContain('14 osiota · versio 2')
    await expectNoSeriousAxeViolations(page, 'templates (editor)')
    await page.getByRole('heading', { name: 'Mallipohjat', level: 1 }).scrollIntoViewIfNeeded()
    await app.screenshot('templates-fi')

    const stored = await page.evaluate(async () => {
      const api = (globalThis as unknown as { api: PageApi }).api
      return (await api.templates.list({})).value as Template[]
    })
    const mine = stored.find((t) => t.name.fi === 'VM:n digitilannekuva')
    expect(mine?.builtIn).toBe(false)
    expect(mine?.version).toBe(2)
    expect(mine?.sections.at(-1)?.title.fi).toBe('Kuntien digitalisaatio')
    // The built-in stays as it was.
    expect(stored.find((t) => t.id === 'digitalisation')?.sections).toHaveLength(13)

    // Deleting asks first; afterwards the view is whole again (no modal leftovers hiding it from screen readers).
    await page.getByRole('button', { name: 'Poista', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Poistetaanko mallipohja ”VM:n digitilannekuva”?' })
    await dialog.getByRole('button', { name: 'Poista mallipohja' }).click()
    await own.getByText(/Ei vielä omia mallipohjia/).waitFor()
    await expect.poll(() => own.getByRole('button').count()).toBe(0)
    await page.getByRole('button', { name: 'Kopioi muokattavaksi' }).waitFor()
    await expectNoSeriousAxeViolations(page, 'templates (after delete)')
  })

  it('imports sections from a Word document, and explains a file it cannot use', async () => {
    app = await launchApp()
    const { page } = app
    await page
      .getByRole('navigation', { name: 'Päänavigointi' })
      .getByRole('tab', { name: 'Mallipohjat' })
      .click()
    const importButton = page.getByRole('button', { name: 'Tuo osiot Word-asiakirjasta' })

    app.dialogAnswers.push(resolve('test/fixtures/templates/encrypted.docx'))
    await importButton.click()
    await page.getByRole('alert').filter({ hasText: 'Word-asiakirja on salattu' }).waitFor()
    await expect
      .poll(() => page.getByRole('region', { name: 'Omat mallipohjat' }).getByRole('button').count())
      .toBe(0)

    app.dialogAnswers.push(resolve('test/fixtures/templates/headings.docx'))
    await importButton.click()
    await page.getByText('Uusi mallipohja luotu: 4 osiota.').waitFor()
    await expect
      .poll(() => page.getByRole('textbox', { name: /Nimi \(suomi\)/ }).inputValue())
      .toBe('headings')
    const titles = page.getByRole('textbox', { name: /^Otsikko/ })
    await expect.poll(() => titles.count()).toBe(4)
    await expect.poll(() => titles.nth(2).inputValue()).toBe('Riskit <ja> "haasteet"')
  })
})
