/**
 * Spell checking of plain fields (a decision, a section title): the mirror underlines the misspelt word, screen
 * readers get the count as the field's description, and Shift+F10 opens the notes' menu, whose suggestion goes
 * through the field's onChange into the report, the focus back in the field after the word.
 */
import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Decisions } from '../../../../src/renderer/src/features/editor/Decisions'
import { SectionHeader } from '../../../../src/renderer/src/features/editor/SectionHeader'
import { ReportDetailsForm } from '../../../../src/renderer/src/features/details/ReportDetailsForm'
import { MeetingForm } from '../../../../src/renderer/src/features/details/MeetingForm'
import { makeReport, renderWithReport } from '../../support/render'
import { handlers } from '../../support/fake-api'
import { makeSection } from '../sections'
import { fakeSpellClient } from './fake-spell-client'

const client = fakeSpellClient()
vi.mock('../../../../src/renderer/src/spell/start-worker', () => ({
  startSpellWorker: () => ({ worker: {}, client })
}))

function setup(decision: string, title = 'Kokoukset') {
  handlers['spell.userWords'] = () => ({ fi: [], sv: [], en: [] })
  const report = makeReport({
    sections: [makeSection('s1', title, { decisions: [{ id: 'd1', text: decision }] })]
  })
  const result = renderWithReport(
    <>
      <SectionHeader sectionId="s1" number={1} disabled={false} />
      <Decisions sectionId="s1" disabled={false} />
    </>,
    report
  )
  const decisionBox = screen.getByRole('textbox', { name: 'Päätös 1' }) as HTMLTextAreaElement
  return { ...result, decisionBox }
}

/** The words the mirror beside `field` underlines. */
const underlined = (field: HTMLElement) =>
  [...field.closest('.spell-field')!.querySelectorAll('.spell-mirror .spell-error')].map((n) => n.textContent)

describe('spell checking in plain fields', () => {
  it('underlines a misspelt word of a decision and of a title, and describes it to screen readers', async () => {
    setup('Asia käsitellään seuraavassa kokouksesa.', 'Kokoukset')
    const decision = screen.getByRole('textbox', { name: 'Päätös 1' })
    const title = screen.getByRole('textbox', { name: 'Otsikko' })
    await waitFor(() => expect(underlined(decision)).toEqual(['kokouksesa']))
    expect(title.closest('.spell-field')!.querySelector('.spell-mirror')).toBeNull()
    expect(decision).toHaveAccessibleDescription(expect.stringContaining('1 mahdollinen kirjoitusvirhe'))
    // The mirror is for eyes only: its copy of the text is not read twice.
    expect(decision.closest('.spell-field')!.querySelector('.spell-mirror')).toHaveAttribute(
      'aria-hidden',
      'true'
    )
    fireEvent.change(title, { target: { value: 'Uusi kokouksesa ja ministeriöö' } })
    await waitFor(() => expect(underlined(title)).toEqual(['kokouksesa', 'ministeriöö']))
    expect(title).toHaveAccessibleDescription(expect.stringContaining('2 mahdollista kirjoitusvirhettä'))
  })

  it('replaces the word from the keyboard menu through the field, and puts the caret after it', async () => {
    const { decisionBox, store } = setup('Asia käsitellään seuraavassa kokouksesa.')
    await waitFor(() => expect(underlined(decisionBox)).toEqual(['kokouksesa']))
    const user = userEvent.setup()
    decisionBox.focus()
    const inWord = 'Asia käsitellään seuraavassa kokouk'.length
    decisionBox.setSelectionRange(inWord, inWord)
    await user.keyboard('{Shift>}{F10}{/Shift}')
    const menu = await screen.findByRole('menu', { name: 'Oikeinkirjoitus: kokouksesa' })
    const items = within(menu).getAllByRole('menuitem')
    expect(items.map((item) => item.textContent)).toEqual([
      'kokouksessa',
      'kokouksesta',
      'Ohita tämä sana',
      'Lisää omaan sanakirjaan'
    ])
    items[0]!.focus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(decisionBox).toHaveValue('Asia käsitellään seuraavassa kokouksessa.'))
    expect(store.getReport().sections[0]!.decisions[0]!.text).toBe(
      'Asia käsitellään seuraavassa kokouksessa.'
    )
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull())
    await waitFor(() => expect(decisionBox).toHaveFocus())
    const after = 'Asia käsitellään seuraavassa kokouksessa'.length
    expect([decisionBox.selectionStart, decisionBox.selectionEnd]).toEqual([after, after])
    await waitFor(() => expect(underlined(decisionBox)).toEqual([]))
    expect(decisionBox).not.toHaveAccessibleDescription(expect.stringContaining('kirjoitusvirhe'))
  })

  it('checks the report title, the meeting name and agenda items, not names or numbers', async () => {
    handlers['spell.userWords'] = () => ({ fi: [], sv: [], en: [] })
    const report = makeReport({
      title: 'Seuraavassa kokouksesa',
      diaryNumber: 'kokouksesa',
      meeting: {
        ...makeReport().meeting,
        name: 'Ylimääräisen kokouksesa asiat',
        chair: 'kokouksesa',
        agenda: [{ id: 'a1', text: 'Edellisen kokouksesa pöytäkirja' }]
      }
    })
    renderWithReport(
      <>
        <ReportDetailsForm />
        <MeetingForm />
      </>,
      report
    )
    const box = (name: string) => screen.getByRole('textbox', { name })
    await waitFor(() => expect(underlined(box('Otsikko'))).toEqual(['kokouksesa']))
    await waitFor(() => expect(underlined(box('Esityslistan kohta 1'))).toEqual(['kokouksesa']))
    await waitFor(() => expect(underlined(box('Kokouksen nimi'))).toEqual(['kokouksesa']))
    expect(box('Diaarinumero').closest('.spell-field')).toBeNull()
    expect(box('Puheenjohtaja').closest('.spell-field')).toBeNull()
  })

  it('ignoring a word in one field clears it in the others', async () => {
    const { decisionBox } = setup('Päätöksen tekee ministeriöö.', 'Uusi ministeriöö')
    const title = screen.getByRole('textbox', { name: 'Otsikko' })
    await waitFor(() => expect(underlined(decisionBox)).toEqual(['ministeriöö']))
    await waitFor(() => expect(underlined(title)).toEqual(['ministeriöö']))
    const user = userEvent.setup()
    decisionBox.focus()
    decisionBox.setSelectionRange(18, 18)
    fireEvent.keyDown(decisionBox, { key: 'ContextMenu' })
    await user.click(await screen.findByRole('menuitem', { name: 'Ohita tämä sana' }))
    await waitFor(() => expect(underlined(decisionBox)).toEqual([]))
    await waitFor(() => expect(underlined(title)).toEqual([]))
    expect(decisionBox).toHaveValue('Päätöksen tekee ministeriöö.')
    expect(title).toHaveValue('Uusi ministeriöö')
  })
})
