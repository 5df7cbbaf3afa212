/**
 * The organisation template in the export dialog: a picked one can be remembered, a remembered one is offered the
 * next time the dialog opens (main hands out a token and a name, never a path) and can be forgotten.
 */
import { callsOf, handlers } from '../support/fake-api'
import { beforeEach, describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ExportButton } from '../../../src/renderer/src/features/export/ExportButton'
import { renderWithReport } from '../support/render'

let kept: { token: string; name: string; remembered: true } | null
beforeEach(() => {
  kept = null
  handlers['export.pickTemplate'] = () => ({ token: 'picked1', name: 'VM-pohja.docx' })
  handlers['export.rememberTemplate'] = () =>
    (kept = { token: 'kept1', name: 'VM-pohja.docx', remembered: true })
  handlers['export.rememberedTemplate'] = () => kept
  handlers['export.forgetTemplate'] = () => {
    kept = null
    return null
  }
  handlers['export.docx'] = () => null
})

async function openDialog() {
  await userEvent.click(screen.getByRole('button', { name: 'Vie Word-tiedostoksi' }))
  return screen.findByRole('dialog')
}

describe('the remembered organisation template', () => {
  it('is remembered on request and exported by its token, never by name', async () => {
    renderWithReport(<ExportButton />)
    const surface = await openDialog()
    await userEvent.click(within(surface).getByRole('button', { name: 'Valitse mallipohja…' }))
    await userEvent.click(
      await within(surface).findByRole('button', { name: 'Muista pohja seuraavia vientejä varten' })
    )
    expect(callsOf('export.rememberTemplate')).toEqual([{ token: 'picked1' }])
    expect(await within(surface).findByText('VM-pohja.docx (muistettu)')).toBeInTheDocument()
    await userEvent.click(within(surface).getByRole('button', { name: 'Vie' }))
    await waitFor(() => expect(callsOf('export.docx')).toHaveLength(1))
    expect(callsOf('export.docx')[0]).toMatchObject({ options: { organisationTemplate: 'kept1' } })
    expect(JSON.stringify(callsOf('export.docx')[0])).not.toMatch(/VM-pohja|remembered/)
  })

  it('is offered from a previous session as soon as the dialog opens', async () => {
    kept = { token: 'kept9', name: 'Ministeriön pohja.docx', remembered: true }
    renderWithReport(<ExportButton />)
    const surface = await openDialog()
    expect(await within(surface).findByText('Ministeriön pohja.docx (muistettu)')).toBeInTheDocument()
  })

  it("is forgotten on request, leaving the app's own layout", async () => {
    kept = { token: 'kept9', name: 'Ministeriön pohja.docx', remembered: true }
    renderWithReport(<ExportButton />)
    const surface = await openDialog()
    await userEvent.click(await within(surface).findByRole('button', { name: 'Unohda pohja' }))
    expect(await within(surface).findByRole('button', { name: 'Valitse mallipohja…' })).toBeInTheDocument()
    expect(callsOf('export.forgetTemplate')).toHaveLength(1)
    expect(screen.getByText(/Pohja unohdettiin/)).toBeInTheDocument()
  })
})
