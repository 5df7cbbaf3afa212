/**
 * Opening a request from outside a report: a file double-clicked to start the app is opened once the window is
 * there; File → "Open a request…" says in the user's language why a file cannot be used.
 */
import { emit, handlers } from '../support/fake-api'
import { describe, expect, it } from 'vitest'
import { act, screen, waitFor } from '@testing-library/react'
import { ContributionOpener } from '../../../src/renderer/src/features/contributions/ContributionOpener'
import { renderWithReport } from '../support/render'

describe('opening a request for a contribution', () => {
  it('opens the file the app was started with and goes to it', async () => {
    handlers['contributions.openPending'] = () => ({ ok: true, reportId: 'osuus1' })
    const { navigations } = renderWithReport(<ContributionOpener />)
    await waitFor(() =>
      expect(navigations).toEqual([{ name: 'report', reportId: 'osuus1', tab: 'sections' }])
    )
    expect(await screen.findByText('Pyyntö avattiin osuutena tilannekuvaluetteloosi.')).toBeInTheDocument()
  })

  it('explains a file that cannot be opened, and goes nowhere', async () => {
    handlers['contributions.openPending'] = () => null
    handlers['contributions.openRequest'] = () => ({
      ok: false,
      message: { key: 'contributions:outcome.newer_format', values: {} }
    })
    const { navigations } = renderWithReport(<ContributionOpener />)
    act(() => emit('menu:command', 'open-contribution'))
    expect(
      await screen.findByText(
        'Osuustiedosto on tehty sovelluksen uudemmalla versiolla. Mitään ei muutettu. Päivitä sovellus ja avaa tiedosto uudelleen.'
      )
    ).toBeInTheDocument()
    expect(navigations).toEqual([])
  })
})
