import { callsOf, handlers, ServiceError } from '../support/fake-api'
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

const digitalisation = BUILT_IN_TEMPLATES[0] as Template

describe('templates list', () => {
  it('lists built-in templates as read-only and the user templates apart', async () => {
    renderTemplates()
    const builtIn = await screen.findByRole('region', { name: 'Valmiit mallipohjat' })
    expect(within(builtIn).getAllByRole('button')).toHaveLength(BUILT_IN_TEMPLATES.length)
    expect(within(builtIn).getAllByText('Valmis')).toHaveLength(BUILT_IN_TEMPLATES.length)
    const own = screen.getByRole('region', { name: 'Omat mallipohjat' })
    expect(within(own).getByRole('button', { name: /Oma pohja/ })).toHaveTextContent('2 osiota · versio 1')
    // The first built-in is open, read-only: no editor fields, a copy button instead.
    expect(screen.getByRole('heading', { level: 2, name: digitalisation.name.fi })).toBeInTheDocument()
    expect(screen.getByText('Valmis mallipohja – vain luku')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Tallenna mallipohja' })).not.toBeInTheDocument()
  })

  it('copies a built-in template and opens the copy in the editor', async () => {
    const copy = userTemplate({ id: 'copy-1', name: { fi: 'Digitalisaatio (kopio)' } })
    handlers['templates.copy'] = () => {
      stored = [...stored, copy]
      return copy
    }
    const { views } = renderTemplates()
    await userEvent.click(await screen.findByRole('button', { name: 'Kopioi muokattavaksi' }))
    expect(callsOf('templates.copy')).toEqual([{ id: digitalisation.id }])
    expect(await screen.findByRole('textbox', { name: /Nimi \(suomi\)/ })).toHaveValue(
      'Digitalisaatio (kopio)'
    )
    expect(views.at(-1)).toEqual({ name: 'templates', templateId: 'copy-1' })
  })

  it('shows a translated message when a Word document has no headings, and creates nothing', async () => {
    handlers['templates.importDocx'] = () => {
      throw new ServiceError('no_headings')
    }
    renderTemplates()
    await userEvent.click(await screen.findByRole('button', { name: 'Tuo osiot Word-asiakirjasta' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Asiakirjassa ei ole otsikkotyylejä')
    expect(callsOf('templates.importDocx')).toEqual([{ language: 'fi' }])
    expect(callsOf('templates.list')).toHaveLength(1)
  })

  it('opens the template made from a Word document, and says nothing when the dialog is cancelled', async () => {
    const imported = userTemplate({ id: 'docx-1', name: { fi: 'Ministeriön pohja' } })
    let answer: Template | null = null
    handlers['templates.importDocx'] = () => {
      if (answer) stored = [...stored, answer]
      return answer
    }
    renderTemplates()
    const button = await screen.findByRole('button', { name: 'Tuo osiot Word-asiakirjasta' })
    await userEvent.click(button)
    await waitFor(() => expect(callsOf('templates.importDocx')).toHaveLength(1))
    expect(screen.queryByRole('status')).not.toBeInTheDocument()

    answer = imported
    await userEvent.click(button)
    expect(await screen.findByRole('status')).toHaveTextContent('Uusi mallipohja luotu: 2 osiota.')
    expect(await screen.findByRole('textbox', { name: /Nimi \(suomi\)/ })).toHaveValue('Ministeriön pohja')
  })

  it('imports a template file and saves one as a file', async () => {
    handlers['templates.importFile'] = () => {
      const file = userTemplate({ id: 'file-1', name: { fi: 'Jaettu pohja' } })
      stored = [...stored, file]
      return file
    }
    handlers['templates.exportFile'] = () => ({
      path: '/home/virkailija/Jaettu pohja.tilannekuva-template.json'
    })
    renderTemplates()
    await userEvent.click(await screen.findByRole('button', { name: 'Tuo mallipohjatiedosto' }))
    expect(await screen.findByRole('textbox', { name: /Nimi \(suomi\)/ })).toHaveValue('Jaettu pohja')
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna tiedostoksi' }))
    expect(
      await screen.findByText('Mallipohja tallennettu: Jaettu pohja.tilannekuva-template.json')
    ).toBeVisible()
    expect(callsOf('templates.exportFile')).toEqual([{ id: 'file-1' }])
  })

  it('asks before unsaved edits are thrown away by opening another template', async () => {
    const openBuiltIn = () =>
      userEvent.click(screen.getByRole('button', { name: new RegExp(digitalisation.name.fi as string) }))
    const askDiscard = () => screen.findByRole('dialog', { name: 'Hylätäänkö tallentamattomat muutokset?' })
    renderTemplates('own-1')
    await userEvent.type(await screen.findByRole('textbox', { name: /Nimi \(suomi\)/ }), ' 2')

    await openBuiltIn()
    const first = await askDiscard()
    await userEvent.click(within(first).getByRole('button', { name: 'Jatka muokkausta' }))
    // Each step waits for what the user would wait for: the dialog gone, then the editor still holding the edit.
    await waitFor(() => expect(first).not.toBeInTheDocument())
    expect(await screen.findByRole('textbox', { name: /Nimi \(suomi\)/ })).toHaveValue('Oma pohja 2')

    await openBuiltIn()
    const second = await askDiscard()
    await userEvent.click(within(second).getByRole('button', { name: 'Hylkää muutokset' }))
    await waitFor(() => expect(second).not.toBeInTheDocument())
    expect(await screen.findByRole('button', { name: 'Kopioi muokattavaksi' })).toBeInTheDocument()
    expect(screen.queryByRole('textbox', { name: /Nimi \(suomi\)/ })).not.toBeInTheDocument()
    expect(callsOf('templates.save')).toEqual([])
  })
})
