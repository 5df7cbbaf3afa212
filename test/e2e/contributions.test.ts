/**
 * Contributions end to end, each user with a data folder of their own: a coordinator asks two ministries for one
 * section each and then edits one of them; each contributor opens the request file, writes, and returns a reply;
 * the coordinator drops both replies, decides the one conflict from the keyboard, saves, and the Word export holds
 * both contributions. Screenshots of the merge view in fi, sv and en.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import type { Language, Report } from '../../src/shared/model'
import { createReply, contributionRequestSchema } from '../../src/shared/contributions/format'
import { docFromText } from '../../src/shared/richtext'
import { resources } from '../../src/shared/i18n'
import { seriousAxeViolations } from './support/axe'
import { launchApp, type AppHarness } from './support/app'

type Call = (input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>
type PageApi = { api: Record<string, Record<string, Call>> }

/** Calls an operation through the page's api (as the renderer would) and returns its value. */
async function call<T>(page: Page, operation: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([op, payload]) => {
      const [ns, name] = op.split('.') as [string, string]
      const result = await (globalThis as unknown as PageApi).api[ns]![name]!(payload)
      if (!result.ok) throw new Error(JSON.stringify(result.error))
      return result.value
    },
    [operation, input] as const
  ) as Promise<T>
}

const notes = (page: Page) => page.getByRole('textbox', { name: 'Muistiinpanot' })

/** Replaces the notes of the open section with `text`, typed, and waits until it is saved. */
async function writeNotes(page: Page, text: string): Promise<void> {
  await notes(page).click()
  await page.keyboard.press('Control+a')
  await page.keyboard.type(text)
  await page.keyboard.press('Control+s')
  await page.locator('[data-save-state="saved"]').waitFor()
}

/** The coordinator asks `organisation` for the section titled `section`, saving the request at `path`. */
async function ask(app: AppHarness, section: string, organisation: string, path: string): Promise<void> {
  const { page } = app
  await page.getByRole('button', { name: 'Pyydä osuutta…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Pyydä osuutta' })
  await dialog.getByRole('checkbox', { name: section }).check()
  await dialog.getByRole('textbox', { name: 'Organisaatio' }).fill(organisation)
  await dialog.getByRole('textbox', { name: 'Henkilö' }).fill(`${organisation}-yhteyshenkilö`)
  await dialog.getByRole('textbox', { name: /Määräpäivä/ }).fill('27.10.2026')
  app.dialogAnswers.push(path)
  await dialog.getByRole('button', { name: 'Tallenna pyyntötiedosto…' }).click()
  await dialog.waitFor({ state: 'hidden' })
  await page
    .getByRole('table', { name: 'Osuudet' })
    .getByRole('cell', { name: new RegExp(`^${organisation}, `) })
    .waitFor()
}

/** A contributor with a data folder of their own opens the request, writes `text`, and returns the reply. */
async function contribute(request: string, reply: string, text: string): Promise<void> {
  const app = await launchApp()
  try {
    const { page } = app
    app.dialogAnswers.push(request)
    await page.getByRole('button', { name: 'Avaa osuuspyyntö…' }).click()
    await page.getByText(/Tämä on osuus tilannekuvaan ”Osuustesti”/).waitFor()
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Osiot'])
    await writeNotes(page, text)
    app.dialogAnswers.push(reply)
    await page.getByRole('button', { name: 'Palauta osuus…' }).click()
    await page.getByText(/Vastaustiedosto tallennettiin/).waitFor()
    expect(JSON.parse(await readFile(reply, 'utf8'))).toMatchObject({ kind: 'reply' })
  } finally {
    await app.close()
  }
}

/** Drops files on the Contributions view as the system's file manager would. */
async function drop(page: Page, files: Array<{ name: string; text: string }>): Promise<void> {
  await page.locator('.contributions-page').evaluate((target, dropped) => {
    const data = new DataTransfer()
    for (const file of dropped) data.items.add(new File([file.text], file.name, { type: 'application/json' }))
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }))
  }, files)
}

describe('contributions (e2e)', () => {
  let app: AppHarness | undefined
  let files: string | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
    if (files) await rm(files, { recursive: true, force: true })
  })

  it('a coordinator and two contributors: one conflict decided by keyboard, both in the Word export', async () => {
    files = await mkdtemp(join(tmpdir(), 'osuudet-e2e-'))
    const path = (name: string) => join(files!, name)
    app = await launchApp()
    const { page } = app
    const created = await call<Report>(page, 'reports.create', {
      language: 'fi',
      templateId: 'digitalisation',
      title: 'Osuustesti'
    })
    const [first, second] = created.sections.map((s) => s.title)
    await app.reload()
    await page.getByRole('button', { name: 'Osuustesti', exact: true }).click()
    await page.getByRole('tab', { name: 'Osuudet' }).click()
    await ask(app, first!, 'LVM', path('pyyntö LVM.tilannekuva-osuus.json'))
    await ask(app, second!, 'OKM', path('pyyntö OKM.tilannekuva-osuus.json'))

    // After asking, the coordinator edits the first section too: that makes the conflict.
    await page.getByRole('tab', { name: 'Osiot' }).click()
    await page.getByRole('navigation', { name: 'Osiot' }).getByRole('button', { name: first }).click()
    await writeNotes(page, 'Koordinaattorin arvio: hanke etenee.')

    await contribute(
      path('pyyntö LVM.tilannekuva-osuus.json'),
      path('vastaus LVM.tilannekuva-osuus.json'),
      'Liikenneviraston arvio: hanke on myöhässä kaksi viikkoa.'
    )
    await contribute(
      path('pyyntö OKM.tilannekuva-osuus.json'),
      path('vastaus OKM.tilannekuva-osuus.json'),
      'Opetusministeriön osuus: koulujen yhteydet valmiit.'
    )

    await page.getByRole('tab', { name: 'Osuudet' }).click()
    await drop(page, [
      {
        name: 'vastaus LVM.tilannekuva-osuus.json',
        text: await readFile(path('vastaus LVM.tilannekuva-osuus.json'), 'utf8')
      },
      {
        name: 'vastaus OKM.tilannekuva-osuus.json',
        text: await readFile(path('vastaus OKM.tilannekuva-osuus.json'), 'utf8')
      }
    ])
    const card = page.getByRole('region', { name: `${first}: teksti` })
    await card.waitFor()
    await card.locator('ins').first().waitFor()
    expect(await seriousAxeViolations(page, '.merge-view')).toEqual([])
    await app.screenshot('contributions-merge-fi-three-users')

    // Keyboard only: from "Keep mine", Tab to "Take theirs", Enter; then Tab on to the next-reply button.
    await card.getByRole('button', { name: 'Pidä omani' }).focus()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await card.getByText('Ratkaistu: heidän versionsa otettu').waitFor()
    await page.getByRole('button', { name: 'Seuraava vastaus' }).focus()
    await page.keyboard.press('Enter')
    await page.getByText('Ei ristiriitoja: kirjoittajan muutokset voi tallentaa sellaisinaan.').waitFor()
    await page.getByRole('button', { name: 'Tallenna yhdistetty tilannekuva' }).focus()
    await page.keyboard.press('Enter')
    await page.getByText(/Yhdistetty tilannekuva tallennettiin uutena versiona/).waitFor()

    const table = page.getByRole('table', { name: 'Osuudet' })
    await expect.poll(() => table.getByText('Yhdistetty').count(), { timeout: 30_000 }).toBe(2)
    const stored = (await app.readReportFile(created.id)) as Report
    expect(JSON.stringify(stored.sections[0]?.notes)).toContain('hanke on myöhässä kaksi viikkoa')
    expect(JSON.stringify(stored.sections[0]?.notes)).not.toContain('Koordinaattorin arvio')
    expect(JSON.stringify(stored.sections[1]?.notes)).toContain('koulujen yhteydet valmiit')

    // The same reply again changes nothing.
    await drop(page, [
      {
        name: 'vastaus LVM.tilannekuva-osuus.json',
        text: await readFile(path('vastaus LVM.tilannekuva-osuus.json'), 'utf8')
      }
    ])
    await page
      .getByText(/Tämä vastaus on jo yhdistetty tilannekuvaan/)
      .first()
      .waitFor()
    expect(((await app.readReportFile(created.id)) as Report).revision).toBe(stored.revision)
    await page.getByRole('button', { name: 'Peruuta yhdistäminen' }).click()

    const docx = path('Osuustesti.docx')
    app.dialogAnswers.push(docx)
    await page.getByRole('button', { name: 'Vie Word-tiedostoksi' }).click()
    await page
      .getByRole('dialog', { name: 'Vie Word-tiedostoksi' })
      .getByRole('button', { name: 'Vie', exact: true })
      .click()
    await page.getByRole('status').filter({ hasText: 'Viety: Osuustesti.docx' }).waitFor({ timeout: 30_000 })
    const xml = strFromU8(unzipSync(await readFile(docx))['word/document.xml']!)
    expect(xml).toContain('Liikenneviraston arvio: hanke on myöhässä kaksi viikkoa.')
    expect(xml).toContain('Opetusministeriön osuus: koulujen yhteydet valmiit.')
  })

  for (const language of ['fi', 'sv', 'en'] as const) {
    it(`shows the merge view in ${language}`, async () => {
      files = await mkdtemp(join(tmpdir(), 'osuudet-e2e-'))
      app = await launchApp()
      const { page } = app
      const words = resources[language].contributions as unknown as {
        tab: string
        overview: Record<string, string>
        merge: Record<string, string>
      }
      await call(page, 'settings.update', { uiLanguage: language })
      const report = await call<Report>(page, 'reports.create', {
        language: language as Language,
        templateId: 'digitalisation',
        title: 'Situation'
      })
      const section = report.sections[0]!
      const requestPath = join(files, 'request.tilannekuva-osuus.json')
      app.dialogAnswers.push(requestPath)
      await call(page, 'contributions.ask', {
        reportId: report.id,
        requests: [{ sectionIds: [section.id], contributor: { organisation: 'LVM', person: 'Lasse' } }]
      })
      const request = contributionRequestSchema.parse(JSON.parse(await readFile(requestPath, 'utf8')))
      const written = [
        { ...section, notes: docFromText('The project is two weeks late.'), status: 'critical' as const }
      ]
      const reply = createReply(request, written, {
        returnedBy: request.contributor,
        now: new Date().toISOString()
      })
      const replyPath = join(files, 'reply.tilannekuva-osuus.json')
      await writeFile(replyPath, JSON.stringify(reply))
      const mine = {
        ...report,
        sections: [
          { ...section, notes: docFromText('The project is on schedule.') },
          ...report.sections.slice(1)
        ]
      }
      await call(page, 'reports.save', { report: mine, baseRevision: report.revision })

      await app.reload()
      await page.getByRole('button', { name: 'Situation', exact: true }).click()
      await page.getByRole('tab', { name: words.tab }).click()
      app.dialogAnswers.push(replyPath)
      await page.getByRole('button', { name: words.overview.import }).click()
      const title = `${section.title}: ${words.merge.notes}`
      await page.getByRole('region', { name: title }).waitFor()
      expect(await seriousAxeViolations(page, '.merge-view')).toEqual([])
      await app.screenshot(`contributions-merge-${language}`)
    })
  }
})
