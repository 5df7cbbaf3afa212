/** The trend follows a status change against the previous report, and stays the user's own without one. */
import { describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SectionsTab } from '../../../src/renderer/src/features/editor/SectionsTab'
import { makeReport, renderWithReport } from '../support/render'
import { makeSection } from './sections'

const statusBox = () => screen.getByRole('combobox', { name: 'Tila' })
const trendBox = () => screen.getByRole('combobox', { name: 'Suunta' })

describe('status and trend', () => {
  it('sets the trend from the change since the previous report, which the user can still override', async () => {
    const sections = [
      makeSection('s1', 'Tekoäly', { status: 'needs_attention', previousStatus: 'needs_attention' })
    ]
    const { store } = renderWithReport(
      <SectionsTab sectionId="s1" selectTab={vi.fn()} />,
      makeReport({ sections })
    )
    const user = userEvent.setup()
    await user.selectOptions(statusBox(), '✓ Etenee suunnitellusti')
    expect(store.getReport().sections[0]).toMatchObject({ status: 'on_track', trend: 'improving' })
    await user.selectOptions(statusBox(), '▲ Kriittinen')
    expect(store.getReport().sections[0]?.trend).toBe('worsening')
    await user.selectOptions(trendBox(), '→ Ennallaan')
    expect(store.getReport().sections[0]).toMatchObject({ status: 'critical', trend: 'unchanged' })
  })

  it('leaves a hand-set trend alone when there is no previous report', async () => {
    const sections = [makeSection('s1', 'Tekoäly', { status: 'not_assessed', trend: 'improving' })]
    const { store } = renderWithReport(
      <SectionsTab sectionId="s1" selectTab={vi.fn()} />,
      makeReport({ sections })
    )
    await userEvent.setup().selectOptions(statusBox(), '● Vaatii huomiota')
    expect(store.getReport().sections[0]).toMatchObject({ status: 'needs_attention', trend: 'improving' })
  })
})
