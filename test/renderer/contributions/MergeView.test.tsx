/**
 * The coordinator's merge view: a reply is read (nothing written), the contributor's uncontested changes are taken,
 * a notes conflict shows both versions and their word diff, and is decided from the keyboard; only then can the
 * merged report be saved, once, through main.
 */
import { callsOf, handlers } from '../support/fake-api'
import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ContributionsTab } from '../../../src/renderer/src/features/contributions/ContributionsTab'
import { plainText, docFromText } from '../../../src/shared/richtext'
import type { Report } from '../../../src/shared/model'
import { renderWithReport } from '../support/render'
import { coordinatorReport, importOf } from './fixtures'

function setUp(refused = [] as Parameters<typeof importOf>[3]) {
  const base = coordinatorReport()
  const mine: Report = {
    ...base,
    revision: 4,
    sections: base.sections.map((s) =>
      s.id === 's2' ? { ...s, notes: docFromText('Hanke on suunnitellusti.') } : s
    )
  }
  handlers['contributions.list'] = () => ({ contribution: null, requests: [] })
  handlers['contributions.importReplies'] = () =>
    importOf(base, mine, 'Hanke on myöhässä kaksi viikkoa.', refused)
  handlers['contributions.confirmMerge'] = () => ({ revision: 5, updatedAt: '2026-10-27T10:00:00.000Z' })
  return renderWithReport(<ContributionsTab />, mine)
}

async function importReply() {
  await userEvent.click(await screen.findByRole('button', { name: 'Tuo vastauksia…' }))
  return screen.findByRole('region', { name: 'Liikenne: teksti' })
}

describe('merging a reply', () => {
  it('shows the conflict with a word diff and saves nothing until it is decided from the keyboard', async () => {
    const { navigations } = setUp()
    const card = await importReply()
    expect(screen.getByText('Vastaus: LVM, Lasse Liikenne')).toBeInTheDocument()
    expect(screen.getByText('Otettu ilman ristiriitaa: 1 muutos.')).toBeInTheDocument()
    expect(within(card).getByText('Sinun versiosi')).toBeInTheDocument()
    expect(within(card).getByLabelText('poistettu: suunnitellusti')).toBeInTheDocument()
    expect(within(card).getByLabelText('lisätty: myöhässä kaksi viikkoa')).toBeInTheDocument()
    // The marks are explained in words, not left to colour.
    expect(screen.getByText(/Vain heidän versiossaan olevat sanat on alleviivattu/)).toBeInTheDocument()
    const save = screen.getByRole('button', { name: 'Tallenna yhdistetty tilannekuva' })
    expect(save).toBeDisabled()

    // Keyboard only: Tab to "Take theirs" and press Enter.
    within(card).getByRole('button', { name: 'Pidä omani' }).focus()
    await userEvent.tab()
    expect(within(card).getByRole('button', { name: 'Ota heidän' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    expect(within(card).getByText('Ratkaistu: heidän versionsa otettu')).toBeInTheDocument()
    expect(callsOf('contributions.confirmMerge')).toEqual([])

    save.focus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(callsOf('contributions.confirmMerge')).toHaveLength(1))
    const [confirm] = callsOf('contributions.confirmMerge')
    const merged = confirm!.report.sections.find((s) => s.id === 's2')!
    expect(plainText(merged.notes)).toBe('Hanke on myöhässä kaksi viikkoa.')
    expect(merged.status).toBe('critical')
    expect(confirm!.report.revision).toBe(4)
    await waitFor(() =>
      expect(navigations.at(-1)).toEqual({ name: 'report', reportId: 'r1', tab: 'contributions', reload: 5 })
    )
  })

  it('keeps an edit written from both versions', async () => {
    setUp()
    const card = await importReply()
    await userEvent.click(within(card).getByRole('button', { name: 'Yhdistä molemmat yhdeksi' }))
    const text = within(card).getByRole('textbox', { name: 'Molemmista versioista yhdistetty teksti' })
    expect(text).toHaveValue('Hanke on suunnitellusti.\nHanke on myöhässä kaksi viikkoa.')
    await userEvent.clear(text)
    await userEvent.type(text, 'Hanke on suunnitellusti myöhässä.')
    await userEvent.click(within(card).getByRole('button', { name: 'Käytä tätä tekstiä' }))
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna yhdistetty tilannekuva' }))
    await waitFor(() => expect(callsOf('contributions.confirmMerge')).toHaveLength(1))
    const merged = callsOf('contributions.confirmMerge')[0]!.report.sections[1]!
    expect(plainText(merged.notes)).toBe('Hanke on suunnitellusti myöhässä.')
  })

  it('says why a file was refused, in the user’s language', async () => {
    setUp([
      {
        fileName: 'toinen.json',
        message: { key: 'contributions:outcome.other_report', values: { title: 'Lokakuun kokous' } }
      }
    ])
    await importReply()
    expect(
      screen.getByText(
        'toinen.json: Vastaus kuuluu toiseen tilannekuvaan: ”Lokakuun kokous”. Mitään ei muutettu. Avaa se tilannekuva ja tuo vastaus siihen.'
      )
    ).toBeInTheDocument()
  })

  it('cancelling writes nothing', async () => {
    setUp()
    await importReply()
    await userEvent.click(screen.getByRole('button', { name: 'Peruuta yhdistäminen' }))
    expect(await screen.findByRole('button', { name: 'Tuo vastauksia…' })).toBeInTheDocument()
    expect(callsOf('contributions.confirmMerge')).toEqual([])
  })
})
