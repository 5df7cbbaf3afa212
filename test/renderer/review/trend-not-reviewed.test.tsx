/**
 * While a carried status waits for review, its trend says "not reviewed" instead of showing "– Ei suuntaa" as if
 * someone had chosen no trend; choosing any trend — "no trend" included — is the review.
 */
import { describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SectionsTab } from '../../../src/renderer/src/features/editor/SectionsTab'
import { makeReport, renderWithReport } from '../support/render'
import { makeSection } from '../editor/sections'

const trendBox = () => screen.getByRole('combobox', { name: 'Suunta' })

function renderCarried() {
  const sections = [
    makeSection('s1', 'Tekoäly', { status: 'critical', previousStatus: 'critical', statusCarried: true })
  ]
  return renderWithReport(<SectionsTab sectionId="s1" selectTab={vi.fn()} />, makeReport({ sections }))
}

describe('the trend of a carried status', () => {
  it('says "Ei arvioitu" until the status is reviewed, and offers it as nothing to choose', async () => {
    const { store } = renderCarried()
    expect(trendBox()).toHaveDisplayValue('Ei arvioitu')
    expect(screen.getByRole('option', { name: 'Ei arvioitu' })).toBeDisabled()
    await userEvent.setup().click(screen.getByRole('button', { name: 'Vahvista tila ennallaan' }))
    expect(store.getReport().sections[0]?.trend).toBe('unchanged')
    expect(trendBox()).toHaveDisplayValue('→ Ennallaan')
    expect(screen.queryByRole('option', { name: 'Ei arvioitu' })).not.toBeInTheDocument()
  })

  it('is reviewed by choosing "no trend" on purpose', async () => {
    const { store } = renderCarried()
    await userEvent.setup().selectOptions(trendBox(), '– Ei suuntaa')
    expect(store.getReport().sections[0]?.trend).toBe('none')
    expect(store.getReport().sections[0]?.statusCarried).toBeUndefined()
    expect(trendBox()).toHaveDisplayValue('– Ei suuntaa')
    expect(screen.queryByRole('button', { name: 'Vahvista tila ennallaan' })).not.toBeInTheDocument()
  })
})
