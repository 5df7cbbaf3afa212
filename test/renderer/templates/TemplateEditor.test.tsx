import { callsOf, handlers } from '../support/fake-api'
import { beforeEach, describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { BUILT_IN_TEMPLATES } from '../../../src/shared/templates'
import type { Template } from '../../../src/shared/model'
import { renderTemplates, userTemplate } from './render-templates'

let stored: Template[]

beforeEach(() => {
  stored = [...BUILT_IN_TEMPLATES, userTemplate()]
  handlers['templates.list'] = () => stored
  handlers['templates.save'] = ({ template }) => {
    const saved = { ...template, version: template.version + 1 }
    stored = stored.map((t) => (t.id === saved.id ? saved : t))
    return saved
  }
})

const sectionTitles = () =>
  screen
    .getAllByRole('group')
    .filter((g) => g.tagName === 'FIELDSET')
    .map((g) => g.querySelector('legend')?.textContent)

describe('template editor', () => {
  it('renames, adds a section and saves a new version', async () => {
    renderTemplates('own-1')
    const name = await screen.findByRole('textbox', { name: /Nimi \(suomi\)/ })
    await userEvent.clear(name)
    await userEvent.type(name, 'Hankesalkun katsaus')
    await userEvent.click(screen.getByRole('button', { name: 'Lisää osio' }))
    // The new section's title field takes the focus, so the user can type its name at once.
    const title = screen.getAllByRole('textbox', { name: /^Otsikko/ }).at(-1) as HTMLElement
    expect(title).toHaveFocus()
    await userEvent.clear(title)
    await userEvent.type(title, 'Aikataulu')
    expect(screen.getByText('Tallentamattomia muutoksia')).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: 'Tallenna mallipohja' }))
    expect(await screen.findByText(/Mallipohja tallennettu versiona 2/)).toBeInTheDocument()
    const [saved] = callsOf('templates.save')
    expect(saved?.template.name).toEqual({ fi: 'Hankesalkun katsaus', sv: 'Egen mall' })
    expect(saved?.template.sections.map((s) => s.title.fi)).toEqual(['Tausta', 'Riskit', 'Aikataulu'])
    // The list shows the stored version; the editor starts again from it, with nothing unsaved.
    expect(await screen.findByRole('button', { name: /Hankesalkun katsaus/ })).toHaveTextContent(
      '3 osiota · versio 2'
    )
    expect(screen.queryByText('Tallentamattomia muutoksia')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Tallenna mallipohja' })).toBeDisabled()
  })

  it('reorders sections with the buttons and with Alt+arrow keys, and removes one', async () => {
    stored = [
      ...BUILT_IN_TEMPLATES,
      userTemplate({
        sections: ['Tausta', 'Riskit', 'Päätökset'].map((fi, i) => ({
          id: `s${i}`,
          title: { fi },
          guidance: {},
          keyFigures: []
        }))
      })
    ]
    renderTemplates('own-1')
    await userEvent.click(await screen.findByRole('button', { name: 'Siirrä alas: Tausta' }))
    expect(sectionTitles()).toEqual(['1. Riskit', '2. Tausta', '3. Päätökset'])
    expect(await screen.findByText('Osio ”Tausta” siirretty kohtaan 2/3.')).toBeInTheDocument()

    const guidance = screen.getAllByRole('textbox', { name: /Ohje kirjoittajalle/ })[2] as HTMLElement
    guidance.focus()
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}')
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}')
    expect(sectionTitles()).toEqual(['1. Päätökset', '2. Riskit', '3. Tausta'])
    // Moving at the top is harmless and keeps the order.
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}')
    expect(sectionTitles()).toEqual(['1. Päätökset', '2. Riskit', '3. Tausta'])

    await userEvent.click(screen.getByRole('button', { name: 'Poista osio: Riskit' }))
    expect(sectionTitles()).toEqual(['1. Päätökset', '2. Tausta'])
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna mallipohja' }))
    await waitFor(() => expect(callsOf('templates.save')).toHaveLength(1))
    expect(callsOf('templates.save')[0]?.template.sections.map((s) => s.id)).toEqual(['s2', 's0'])
  })

  it('edits each language separately, including guidance and default key figures', async () => {
    renderTemplates('own-1')
    await userEvent.click(await screen.findByRole('radio', { name: 'ruotsi' }))
    expect(screen.getByRole('textbox', { name: /Nimi \(ruotsi\)/ })).toHaveValue('Egen mall')
    const [firstTitle] = screen.getAllByRole('textbox', { name: /^Otsikko/ })
    // A missing translation shows the Finnish text as a hint, not as a value.
    expect(firstTitle).toHaveValue('')
    expect(firstTitle).toHaveAttribute('placeholder', 'Tausta')
    await userEvent.type(firstTitle as HTMLElement, 'Bakgrund')
    const firstSection = screen.getByRole('group', { name: /1\. Bakgrund/ })
    await userEvent.type(
      within(firstSection).getByRole('textbox', { name: /Ohje kirjoittajalle/ }),
      'Vad har hänt.'
    )
    await userEvent.click(within(firstSection).getByRole('button', { name: 'Lisää tunnusluku' }))
    await userEvent.type(within(firstSection).getByRole('textbox', { name: 'Mittari' }), 'Andel e-tjänster')
    await userEvent.type(within(firstSection).getByRole('textbox', { name: 'Tavoite' }), '100')
    await userEvent.type(within(firstSection).getByRole('textbox', { name: 'Yksikkö' }), '%')

    await userEvent.click(screen.getByRole('button', { name: 'Tallenna mallipohja' }))
    await waitFor(() => expect(callsOf('templates.save')).toHaveLength(1))
    const section = callsOf('templates.save')[0]?.template.sections[0]
    expect(section?.title).toEqual({ fi: 'Tausta', sv: 'Bakgrund' })
    expect(section?.guidance).toEqual({ fi: 'Mitä on tapahtunut.', sv: 'Vad har hänt.' })
    expect(section?.keyFigures).toEqual([
      { indicator: { sv: 'Andel e-tjänster' }, target: '100', unit: '%', year: '', source: {} }
    ])
  })

  it('refuses to save a template without a name, and says why', async () => {
    renderTemplates('own-1')
    await userEvent.clear(await screen.findByRole('textbox', { name: /Nimi \(suomi\)/ }))
    await userEvent.click(screen.getByRole('radio', { name: 'ruotsi' }))
    await userEvent.clear(screen.getByRole('textbox', { name: /Nimi \(ruotsi\)/ }))
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna mallipohja' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Anna mallipohjalle nimi')
    expect(callsOf('templates.save')).toHaveLength(0)
  })

  it('deletes a user template only after confirmation', async () => {
    handlers['templates.delete'] = ({ id }) => {
      stored = stored.filter((t) => t.id !== id)
      return null
    }
    const { views } = renderTemplates('own-1')
    await userEvent.click(await screen.findByRole('button', { name: 'Poista' }))
    const dialog = await screen.findByRole('dialog')
    expect(dialog).toHaveTextContent('Poistetaanko mallipohja ”Oma pohja”?')
    expect(dialog).toHaveTextContent('Siitä tehdyt raportit säilyvät ennallaan')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Peruuta' }))
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(callsOf('templates.delete')).toHaveLength(0)

    // The app behind a modal dialog is aria-hidden until the focus manager releases it; find* waits for that.
    await userEvent.click(await screen.findByRole('button', { name: 'Poista' }))
    const confirm = await screen.findByRole('dialog')
    await userEvent.click(within(confirm).getByRole('button', { name: 'Poista mallipohja' }))
    await waitFor(() => expect(callsOf('templates.delete')).toEqual([{ id: 'own-1' }]))
    await waitFor(() => expect(confirm).not.toBeInTheDocument())
    const own = await screen.findByRole('region', { name: 'Omat mallipohjat' })
    await waitFor(() =>
      expect(within(own).queryByRole('button', { name: /Oma pohja/ })).not.toBeInTheDocument()
    )
    expect(views.at(-1)).toEqual({ name: 'templates' })
  })
})
