/**
 * A key-figure field wraps like a Word table cell but stays one line of text, as in the Word export: Enter adds no
 * line break and a pasted line break becomes a space; an over-long text still gets its message.
 */
import { describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SectionsTab } from '../../../src/renderer/src/features/editor/SectionsTab'
import { makeReport, renderWithReport } from '../support/render'
import { makeSection } from './sections'

const figure = { id: 'k1', indicator: '', value: '', target: '', unit: '', year: '', source: '' }

function renderFigure() {
  const sections = [makeSection('s1', 'Digitaaliset palvelut', { keyFigures: [figure] })]
  return renderWithReport(<SectionsTab sectionId="s1" selectTab={vi.fn()} />, makeReport({ sections }))
}

describe('a key-figure field', () => {
  it('keeps a value on one line: Enter adds nothing, a pasted line break becomes a space', async () => {
    const { store } = renderFigure()
    const user = userEvent.setup()
    await user.click(screen.getByRole('textbox', { name: 'Arvo, rivi 1' }))
    await user.keyboard('72,5{Enter}')
    await user.paste(' %\n(ennakkotieto)')
    expect(store.getReport().sections[0]?.keyFigures[0]?.value).toBe('72,5 % (ennakkotieto)')
  })

  it('marks a source over its limit and says why', async () => {
    renderFigure()
    const source = screen.getByRole('textbox', { name: 'Lähde, rivi 1' })
    await userEvent.setup().click(source)
    await userEvent.setup().paste('x'.repeat(2001))
    expect(source).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText(/Teksti on liian pitkä: 2[\s\u00a0]?001 merkkiä/)).toBeInTheDocument()
  })
})
