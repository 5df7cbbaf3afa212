/**
 * Spell checking of plain fields in the real renderer in Chromium, with the real worker: a decision's misspelt
 * Finnish word is underlined, Shift+F10 opens the suggestions, Enter types the first one into the field, the report
 * saves it and Ctrl+Z in the field undoes it. Photographed in fi, sv and en: a long title scrolled in its one-line
 * input and a decision wrapping over lines, where the underline must lie under the real word.
 */
import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { launchApp, type AppHarness } from './support/app'
import { openNewReport } from './support/report'
import { seriousAxeViolations } from './support/axe'
import type { Language, Report } from '../../src/shared/model'

/** The words underlined in the mirror of `field`. */
const underlined = (field: Locator) =>
  field.evaluate((node) =>
    [...node.closest('.spell-field')!.querySelectorAll('.spell-mirror .spell-error')].map(
      (n) => n.textContent
    )
  )

const WORDS = {
  fi: {
    add: 'Lisää päätös',
    addAction: 'Lisää toimenpide',
    menu: 'Oikeinkirjoitus',
    decision: 'Päätös 1',
    title: 'Otsikko',
    longTitle: 'Digitalisaation ja tiedonhallinnan kehittäminen valtionhallinnossa: seuraavassa kokouksesa',
    text: 'Ministeriöiden tietohallintojohtajat ovat yhdessä arvioineet valtionhallinnon yhteisten palvelujen tilanteen ja rahoitustarpeen vuosille 2027–2030. Valtiovarainministeriö valmistelee rahoitusesityksen, jossa otetaan huomioon tietoturvapoikkeamailmoituksista saadut kokemukset ja virastojen lausunnot. Hallitus päättää kehyksestä ja sen toimeenpanosta vasta, kun esitys on käsitelty seuraavassa kokouksesa.',
    wrong: 'kokouksesa'
  },
  sv: {
    add: 'Lägg till beslut',
    addAction: 'Lägg till åtgärd',
    menu: 'Stavning',
    decision: 'Beslut 1',
    title: 'Rubrik',
    longTitle: 'Utvecklingen av digitaliseringen och informationshanteringen i statsförvaltningen: regerinen',
    text: 'Ministeriernas informationsförvaltningschefer har tillsammans bedömt läget för statsförvaltningens gemensamma tjänster och finansieringsbehovet för åren 2027–2030. Finansministeriet bereder ett finansieringsförslag som beaktar erfarenheterna av informationssäkerhetsincidenter och myndigheternas utlåtanden. Förslaget behandlas vid nästa möte innan regerinen beslutar om ramarna och deras genomförande.',
    wrong: 'regerinen'
  },
  en: {
    add: 'Add decision',
    addAction: 'Add action',
    menu: 'Spelling',
    decision: 'Decision 1',
    title: 'Title',
    longTitle: 'Developing digitalisation and information management in central government: the goverment',
    text: 'The chief information officers of the ministries have jointly assessed the state of the shared services of central government and the funding needed for 2027–2030. The Ministry of Finance prepares a funding proposal that takes into account the experience gained from information security incidents and the opinions of the agencies. It will be discussed at the next meeting before the goverment decides on the frameworks.',
    wrong: 'goverment'
  }
} as const

async function addDecision(page: Page, language: Language, text: string): Promise<Locator> {
  await page.getByRole('button', { name: WORDS[language].add }).click()
  const decision = page.getByRole('textbox', { name: WORDS[language].decision })
  await expect.poll(() => decision.evaluate((node) => node === document.activeElement)).toBe(true)
  await decision.fill(text)
  return decision
}

describe('spell checking in plain fields (e2e)', () => {
  let app: AppHarness | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('underlines a misspelt decision, replaces it from Shift+F10 by Enter, saves it, and Ctrl+Z undoes it', async () => {
    app = await launchApp()
    const { page } = app
    await openNewReport(app, 'Päätösten oikeinkirjoitus', 'fi', { uiInLanguage: true })
    const decision = await addDecision(page, 'fi', 'Asia käsitellään seuraavassa kokouksesa.')
    await expect.poll(() => underlined(decision)).toEqual(['kokouksesa'])
    // A wavy line, not only a colour; and a description for screen readers.
    const style = await decision.evaluate(
      (node) =>
        getComputedStyle(node.closest('.spell-field')!.querySelector('.spell-error')!).textDecorationStyle
    )
    expect(style).toBe('wavy')
    await expect
      .poll(() =>
        decision.evaluate((node) =>
          (node.getAttribute('aria-describedby') ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent)
            .join(' ')
        )
      )
      .toContain('1 mahdollinen kirjoitusvirhe')

    // The caret into the word, then Shift+F10: suggestions, the first focused; Enter takes it.
    await decision.press('End')
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('Shift+F10')
    await page.getByRole('menu', { name: 'Oikeinkirjoitus: kokouksesa' }).waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('kokouksessa')
    await app.screenshot('spelling-field-menu-fi')
    await page.keyboard.press('Enter')
    await expect.poll(() => decision.inputValue()).toBe('Asia käsitellään seuraavassa kokouksessa.')
    await expect.poll(() => underlined(decision)).toEqual([])
    // The focus back in the field, the caret after the replaced word: typing goes on where it was.
    await expect
      .poll(() =>
        decision.evaluate((node: HTMLTextAreaElement) => [
          node === document.activeElement,
          node.selectionStart
        ])
      )
      .toEqual([true, 'Asia käsitellään seuraavassa kokouksessa'.length])

    await page.keyboard.press('Control+s')
    await page.locator('[data-save-state="saved"]').waitFor()
    const [file] = await readdir(join(app.dataDir, 'reports'))
    await expect
      .poll(
        async () =>
          ((await app!.readReportFile(file!.replace(/\.json$/, ''))) as Report).sections[0]!.decisions
      )
      .toEqual([expect.objectContaining({ text: 'Asia käsitellään seuraavassa kokouksessa.' })])

    // The replacement was typed into the field: its own undo takes it back.
    await page.keyboard.press('Control+z')
    await expect.poll(() => decision.inputValue()).toBe('Asia käsitellään seuraavassa kokouksesa.')
    await expect.poll(() => underlined(decision)).toEqual(['kokouksesa'])
  })

  for (const language of ['fi', 'sv', 'en'] as const) {
    it(`lays the underline under the word in a scrolled title and a wrapped decision (${language})`, async () => {
      app = await launchApp()
      const { page } = app
      const words = WORDS[language]
      await openNewReport(app, `Stavning ${language}`, language, { uiInLanguage: true })
      const title = page.getByRole('textbox', { name: words.title, exact: true })
      await title.fill(words.longTitle)
      // The end of the long title in view: the input has scrolled sideways.
      await title.press('End')
      await expect.poll(() => underlined(title)).toEqual([words.wrong])
      expect(await title.evaluate((node: HTMLInputElement) => node.scrollLeft)).toBeGreaterThan(0)
      const decision = await addDecision(page, language, words.text)
      await expect.poll(() => underlined(decision)).toEqual([words.wrong])
      // The mirrors and their descriptions add nothing a screen reader or axe objects to.
      expect(await seriousAxeViolations(page)).toEqual([])
      // Wrapped over more lines than the field shows: the word is on a later one, the field scrolled to it.
      expect(
        await decision.evaluate(
          (node) => node.closest('.spell-field')!.querySelector<HTMLElement>('.spell-error')!.offsetTop
        )
      ).toBeGreaterThan(20)
      await decision.press('Control+End')
      await expect.poll(() => decision.evaluate((node) => node.scrollTop)).toBeGreaterThan(0)
      await title.press('End')
      await expect.poll(() => underlined(title)).toEqual([words.wrong])
      await page
        .locator('.section-header')
        .screenshot({ path: resolve(`test-results/e2e/spelling-field-title-${language}.png`) })
      await decision
        .locator('xpath=ancestor::li[1]')
        .screenshot({ path: resolve(`test-results/e2e/spelling-field-decision-${language}.png`) })
      // Scrolled back to the start, the word is out of sight, and so is its underline.
      await title.press('Home')
      await expect
        .poll(() =>
          title.evaluate((node) => {
            const mirror = node
              .closest('.spell-field')!
              .querySelector('.spell-mirror')!
              .getBoundingClientRect()
            const word = node.closest('.spell-field')!.querySelector('.spell-error')!.getBoundingClientRect()
            return word.left >= mirror.right
          })
        )
        .toBe(true)
      await page
        .locator('.section-header')
        .screenshot({ path: resolve(`test-results/e2e/spelling-field-title-start-${language}.png`) })

      // An action's small underlined input; Shift+F10 with the caret at the end of the word (en: a right click);
      // Escape goes back to the field.
      await page.getByRole('button', { name: words.addAction }).click()
      await page.keyboard.type(`${words.longTitle.split(':')[1]!.trim()}.`)
      const what = page.locator('.actions-table input').first()
      await expect.poll(() => underlined(what)).toEqual([words.wrong])
      if (language === 'en') {
        // By mouse: a right click on the underlined word (the mirror lets the click through to the field).
        const word = await what.evaluate((node) => {
          const rect = node.closest('.spell-field')!.querySelector('.spell-error')!.getBoundingClientRect()
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
        })
        await page.mouse.click(word.x, word.y, { button: 'right' })
      } else {
        await what.press('ArrowLeft')
        await page.keyboard.press('Shift+F10')
      }
      await page.getByRole('menu', { name: `${words.menu}: ${words.wrong}` }).waitFor()
      await app.screenshot(`spelling-field-action-menu-${language}`)
      await page.keyboard.press('Escape')
      await page.getByRole('menu').waitFor({ state: 'detached' })
      await expect.poll(() => what.evaluate((node) => node === document.activeElement)).toBe(true)
    })
  }
})
