/**
 * The report's boards and forms through the real services: overview, actions, meeting and details views, each
 * checked with axe and photographed in Finnish; edits made in the forms reach the file on disk.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import type { Report } from '../../src/shared/model'
import { seriousAxeViolations } from './support/axe'
import { launchApp, type AppHarness } from './support/app'

type Call = (input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>
type Api = { reports: { create: Call; save: Call } }

/** Creates a report from the built-in template and fills statuses, owners and actions, as an official would. */
async function createFilledReport(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Api }).api
    const created = await api.reports.create({
      language: 'fi',
      templateId: 'digitalisation',
      title: 'Tilannekuva E2E'
    })
    if (!created.ok) throw new Error(JSON.stringify(created.error))
    const report = created.value as Report
    const plan: Array<Partial<Report['sections'][number]>> = [
      { status: 'on_track', trend: 'improving', owner: 'VNK' },
      { status: 'needs_attention', trend: 'worsening', owner: 'VM' },
      { status: 'critical', trend: 'unchanged', owner: 'LVM' },
      { status: 'on_track', trend: 'unchanged', owner: 'Digi- ja väestötietovirasto' }
    ]
    const sections = report.sections.map((section, index) => ({ ...section, ...(plan[index] ?? {}) }))
    sections[1] = {
      ...sections[1]!,
      actions: [
        { id: 'late1', what: 'Päivitä DESI-vertailu', who: 'VM', due: '2021-10-20', state: 'open' },
        {
          id: 'next1',
          what: 'Kokoa tunnusluvut kokoukseen',
          who: 'Tilastokeskus',
          due: '2099-11-15',
          state: 'in_progress'
        }
      ]
    }
    sections[2] = {
      ...sections[2]!,
      actions: [
        {
          id: 'done1',
          what: 'Lähetä lausunto tekoälyasetuksesta',
          who: 'LVM',
          due: '2021-10-01',
          state: 'done'
        }
      ]
    }
    const saved = await api.reports.save({ report: { ...report, sections }, baseRevision: report.revision })
    if (!saved.ok) throw new Error(JSON.stringify(saved.error))
    return report.id
  })
}

async function expectNoSeriousAxeViolations(page: Page, view: string): Promise<void> {
  expect({ view, violations: await seriousAxeViolations(page) }).toEqual({ view, violations: [] })
}

async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-save-state="saved"]').waitFor({ timeout: 10_000 })
}

describe('overview, actions and the details forms', () => {
  let app: AppHarness | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  /** A fresh app with the filled report opened from the library; returns the report's tab bar. */
  async function openFilledReport(): Promise<{ harness: AppHarness; page: Page; id: string; tabs: Locator }> {
    const harness = await launchApp()
    app = harness
    const { page } = harness
    const id = await createFilledReport(page)
    await harness.reload()
    await page.getByRole('button', { name: 'Tilannekuva E2E', exact: true }).click()
    return { harness, page, id, tabs: page.getByRole('navigation', { name: 'Raportin näkymät' }) }
  }

  it('shows the situation picture and the actions; an inline state change reaches the disk', async () => {
    const { harness, page, id, tabs } = await openFilledReport()
    // Overview: status words, owners, counts; a row opens its section.
    await tabs.getByRole('tab', { name: 'Yleiskuva' }).click()
    const board = page.getByRole('table')
    await board.waitFor()
    await expect.poll(() => board.getByRole('row').count()).toBeGreaterThan(10)
    const second = board.getByRole('row').nth(2)
    await expect.poll(() => second.textContent()).toContain('Vaatii huomiota')
    await expect.poll(() => second.textContent()).toContain('Heikkenee')
    await expect.poll(() => second.textContent()).toContain('valtiovarainministeriö')
    const counts = page.getByRole('list', { name: 'Osioiden määrä tiloittain' })
    await expect.poll(() => counts.textContent()).toContain('1 myöhässä')
    await expectNoSeriousAxeViolations(page, 'overview')
    await harness.screenshot('overview-fi')
    await second.getByRole('cell').nth(2).click()
    await expect.poll(() => tabs.getByRole('tab', { name: 'Osiot', selected: true }).count()).toBe(1)

    // Actions: overdue marked in words; the state changes inline and is saved.
    await tabs.getByRole('tab', { name: 'Toimenpiteet' }).click()
    const lateRow = page.getByRole('row', { name: /Päivitä DESI-vertailu/ })
    await expect.poll(() => lateRow.getByText('Myöhässä').count()).toBe(1)
    await expect.poll(() => page.getByText('Myöhässä', { exact: true }).count()).toBe(1)
    await expectNoSeriousAxeViolations(page, 'actions')
    await harness.screenshot('actions-fi')
    await page.getByRole('combobox', { name: 'Vastuussa' }).selectOption('VM')
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBe(2)
    await lateRow.getByRole('combobox', { name: 'Tila: Päivitä DESI-vertailu' }).selectOption('done')
    await expect.poll(() => page.getByText('Myöhässä', { exact: true }).count()).toBe(0)

    await waitSaved(page)
    const saved = (await harness.readReportFile(id)) as Report
    expect(saved.sections[1]?.actions[0]?.state).toBe('done')
  })

  it('fills the meeting and details forms by keyboard and typing; the file on disk holds it', async () => {
    const { harness, page, id, tabs } = await openFilledReport()
    // Meeting: a participant by one typed line, an agenda item.
    await tabs.getByRole('tab', { name: 'Kokous' }).click()
    await page
      .getByRole('textbox', { name: 'Kokouksen nimi' })
      .fill('Kansliapäälliköiden ja valtiosihteerien kokous')
    await page.getByLabel('Päivämäärä').fill('2021-10-25')
    await page.getByLabel('Kellonaika').fill('14:00')
    await page.getByRole('textbox', { name: /Paikka/ }).fill('Säätytalo, Helsinki')
    const line = page.getByRole('textbox', { name: /Lisää osallistuja/ })
    await line.fill('Maija Meikäläinen, kansliapäällikkö, VM')
    await line.press('Enter')
    await line.fill('Matti Virtanen, valtiosihteeri, VNK')
    await line.press('Enter')
    const agenda = page.getByRole('textbox', { name: /Uusi kohta/ })
    for (const item of ['Kokouksen avaus', 'Digitalisaation tilannekuva', 'Muut asiat']) {
      await agenda.fill(item)
      await agenda.press('Enter')
    }
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Osallistujan 2 nimi' }).inputValue())
      .toBe('Matti Virtanen')
    await expectNoSeriousAxeViolations(page, 'meeting')
    await page.getByRole('heading', { name: 'Kokouksen tiedot' }).scrollIntoViewIfNeeded()
    await harness.screenshot('meeting-fi')

    // Details: a secret marking asks for its legal basis.
    await tabs.getByRole('tab', { name: 'Raportin tiedot' }).click()
    await page.getByRole('radio', { name: /SALASSA PIDETTÄVÄ/ }).check()
    await page.getByText(/Kirjoita salassapitoperuste/).waitFor()
    await expectNoSeriousAxeViolations(page, 'details')
    await harness.screenshot('details-fi')
    await page.getByRole('textbox', { name: /Salassapitoperuste/ }).fill('JulkL 24.1 § 7 k')
    await waitSaved(page)

    const onDisk = (await harness.readReportFile(id)) as Report
    expect(onDisk.meeting.participants.map((p) => [p.name, p.title, p.organisation])).toEqual([
      ['Maija Meikäläinen', 'kansliapäällikkö', 'VM'],
      ['Matti Virtanen', 'valtiosihteeri', 'VNK']
    ])
    expect(onDisk.meeting).toMatchObject({ date: '2021-10-25', time: '14:00', place: 'Säätytalo, Helsinki' })
    expect(onDisk.meeting.agenda.map((a) => a.text)).toEqual([
      'Kokouksen avaus',
      'Digitalisaation tilannekuva',
      'Muut asiat'
    ])
    expect(onDisk.classification).toEqual({ level: 'secret', legalBasis: 'JulkL 24.1 § 7 k' })
  })
})
