/**
 * Ctrl+Shift+K confirms the open section's carried status unchanged from wherever the focus is in the report: the
 * focus stays there, the marks in the section and the outline go, a status message says what was confirmed, and the
 * key is shown on the button and listed in the F1 help.
 */
import { describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SectionsTab } from '../../../src/renderer/src/features/editor/SectionsTab'
import { ShortcutHelp } from '../../../src/renderer/src/components/ShortcutHelp'
import { makeReport, renderWithReport } from '../support/render'
import { makeSection } from '../editor/sections'

const CONFIRM_KEY = '{Control>}{Shift>}K{/Shift}{/Control}'

function renderCarried() {
  const sections = [
    makeSection('s1', 'Tekoäly', { status: 'critical', previousStatus: 'critical', statusCarried: true }),
    makeSection('s2', 'Data', { status: 'on_track', previousStatus: 'on_track', statusCarried: true })
  ]
  return renderWithReport(<SectionsTab sectionId="s1" selectTab={vi.fn()} />, makeReport({ sections }))
}

const outlineRow = (name: RegExp) =>
  within(screen.getByRole('navigation', { name: /Osiot/ })).getByRole('button', { name })

describe('confirming a carried status with Ctrl+Shift+K', () => {
  it('confirms the open section from a field, keeps the focus there and says so', async () => {
    const { store } = renderCarried()
    const title = screen.getByRole('textbox', { name: 'Otsikko' })
    const user = userEvent.setup()
    await user.click(title)
    await user.keyboard(CONFIRM_KEY)

    expect(store.getReport().sections[0]).toMatchObject({ status: 'critical', trend: 'unchanged' })
    expect(store.getReport().sections[0]?.statusCarried).toBeUndefined()
    expect(title).toHaveFocus()
    expect(title).toHaveValue('Tekoäly')
    expect(screen.getByText('Tila vahvistettu ennallaan: Kriittinen.')).toHaveAttribute('aria-live', 'polite')
    expect(screen.queryByRole('button', { name: 'Vahvista tila ennallaan' })).not.toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Suunta' })).toHaveDisplayValue('→ Ennallaan')
    expect(outlineRow(/Tekoäly/)).not.toHaveAccessibleName(expect.stringContaining('Siirretty'))
    // Only the open section: the other one still waits for its review.
    expect(outlineRow(/Data/)).toHaveAccessibleName(expect.stringContaining('Siirretty, ei arvioitu'))
    expect(store.getReport().sections[1]?.statusCarried).toBe(true)
  })

  it('shows its key on the button, in words and for assistive technology', () => {
    renderCarried()
    const confirm = screen.getByRole('button', { name: 'Vahvista tila ennallaan' })
    expect(confirm).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+K')
    expect(confirm).toHaveAttribute('title', 'Vahvista tila ennallaan (Ctrl+Vaihto+K)')
    expect(within(confirm.parentElement as HTMLElement).getByText('Ctrl+Vaihto+K')).toBeVisible()
  })

  it('moves the focus from the button it removes to the status it confirmed', async () => {
    renderCarried()
    const confirm = screen.getByRole('button', { name: 'Vahvista tila ennallaan' })
    confirm.focus()
    await userEvent.setup().keyboard(CONFIRM_KEY)
    expect(screen.queryByRole('button', { name: 'Vahvista tila ennallaan' })).not.toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Tila' })).toHaveFocus()
  })

  it('is listed in the F1 help', () => {
    renderWithReport(<ShortcutHelp open onClose={vi.fn()} />, makeReport())
    const row = screen.getByRole('row', { name: /Vahvista siirretty tila ennallaan/ })
    expect(row).toHaveTextContent('Ctrl+Shift+K')
  })
})
