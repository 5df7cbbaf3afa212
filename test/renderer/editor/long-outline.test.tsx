/**
 * A 200-section report as the sections view opens it: one notes editor, an outline whose rows stay cheap (each
 * status shape drawn once and shown through <use>), the rows past the first screenful drawn right after — and
 * nothing of that changes what the user can do: every row, its status in words, its carried mark, the keyboard.
 */
import { describe, expect, it, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SectionsTab } from '../../../src/renderer/src/features/editor/SectionsTab'
import { STATUSES } from '../../../src/shared/model'
import { docFromText } from '../../../src/shared/richtext'
import { makeReport, renderWithReport } from '../support/render'
import { makeSection } from './sections'

const COUNT = 200
const longReport = () =>
  makeReport({
    sections: Array.from({ length: COUNT }, (_, i) =>
      makeSection(`s${i + 1}`, `Osio ${i + 1}`, {
        status: STATUSES[i % STATUSES.length],
        statusCarried: i % 2 === 0,
        notes: docFromText(`Muistiinpanot ${i + 1}`)
      })
    )
  })
const renderTab = (sectionId?: string) =>
  renderWithReport(<SectionsTab sectionId={sectionId} selectTab={vi.fn()} />, longReport())
const outline = () => screen.getByRole('navigation', { name: 'Osiot' })
const rows = () => within(outline()).getAllByRole('listitem')
const notes = () => screen.getAllByTestId('notes-editor')
/** The least height of an outline row (its button's min-height in editor.css). */
const ROW_PX = 30

/** Runs `render` with the window resized to `height` px (what the outline reads when it opens), then restores it. */
function withWindowHeight<T>(height: number, render: () => T): T {
  const before = window.innerHeight
  const resize = (to: number) => {
    window.innerHeight = to
    window.dispatchEvent(new Event('resize'))
  }
  resize(height)
  try {
    return render()
  } finally {
    resize(before)
  }
}

describe('a 200-section report in the sections view', () => {
  it('mounts one notes editor, and every outline row shows its status shape from one shared drawing', async () => {
    renderTab()
    expect(notes()).toHaveLength(1)
    expect(notes()[0]).toHaveTextContent('Muistiinpanot 1')
    await waitFor(() => expect(rows()).toHaveLength(COUNT), { timeout: 20_000 })
    // Four status shapes and the carried arrow are drawn once; each row refers to the drawing of its status.
    expect(within(outline()).getByRole('list').querySelectorAll('path')).toHaveLength(0)
    rows().forEach((row, i) => {
      const status = STATUSES[i % STATUSES.length]!
      const href = row.querySelector(`.status-icon[data-status="${status}"] use`)?.getAttribute('href')
      const drawing = href ? document.getElementById(href.slice(1)) : null
      expect(drawing?.querySelector('path')).not.toBeNull()
      // The status in words for screen readers and the carried mark stay on every row.
      expect(row).toHaveTextContent(
        ['Ei arvioitu', 'Etenee suunnitellusti', 'Vaatii huomiota', 'Kriittinen'][i % 4]!
      )
      expect(row.querySelector('[data-carried]') !== null).toBe(i % 2 === 0)
    })
  })

  it('draws the first screenful with the report and every other row right after', async () => {
    renderTab()
    const first = rows().length
    // jsdom's window is 768 px tall; a row is at least 30 px.
    expect(first).toBeGreaterThanOrEqual(Math.ceil(window.innerHeight / ROW_PX))
    expect(first).toBeLessThan(COUNT)
    await waitFor(() => expect(rows()).toHaveLength(COUNT), { timeout: 20_000 })
    expect(rows()[COUNT - 1]).toHaveTextContent(`${COUNT}Osio ${COUNT}`)
  })

  it('draws as many first rows as the window can show, and a few more: a short window draws fewer, a tall one more', () => {
    for (const height of [600, 1500]) {
      const { unmount } = withWindowHeight(height, () => renderTab())
      const visible = Math.ceil(height / ROW_PX)
      expect(rows().length).toBeGreaterThanOrEqual(visible)
      expect(rows().length).toBeLessThanOrEqual(visible + 10)
      unmount()
    }
  })

  it('opened at a section far down (from the overview), shows that row as current', () => {
    renderTab('s180')
    const current = within(outline()).getByRole('button', { current: true })
    expect(current).toHaveTextContent('180Osio 180')
    expect(notes()[0]).toHaveTextContent('Muistiinpanot 180')
  })

  it('End in the outline at once reaches the last section; Enter opens it with its notes', async () => {
    renderTab()
    const user = userEvent.setup()
    within(rows()[0]!).getByRole('button').focus()
    await user.keyboard('{End}')
    expect(document.activeElement).toHaveTextContent(`${COUNT}Osio ${COUNT}`)
    await user.keyboard('{Enter}')
    expect(screen.getByRole('heading', { level: 2, name: `${COUNT}. Osio ${COUNT}` })).toBeInTheDocument()
    expect(notes()).toHaveLength(1)
    expect(notes()[0]).toHaveTextContent(`Muistiinpanot ${COUNT}`)
  })

  it('Alt+↓ in the outline shows the next section with its notes and keeps the focus on its row', async () => {
    renderTab('s1')
    const user = userEvent.setup()
    within(rows()[0]!).getByRole('button').focus()
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}')
    const second = within(rows()[1]!).getByRole('button')
    await waitFor(() => expect(second).toHaveFocus())
    expect(notes()).toHaveLength(1)
    expect(notes()[0]).toHaveTextContent('Muistiinpanot 2')
  })

  it('moves the last row of the first screenful down with Alt+Shift+↓ and keeps the focus on it', async () => {
    const { store } = renderTab('s1')
    const user = userEvent.setup()
    const last = rows()[rows().length - 1]!
    expect(rows().length).toBeLessThan(COUNT)
    const id = within(last).getByRole('button').getAttribute('data-section-id')!
    const index = store.getReport().sections.findIndex((s) => s.id === id)
    within(last).getByRole('button').focus()
    await user.keyboard('{Alt>}{Shift>}{ArrowDown}{/Shift}{/Alt}')
    expect(store.getReport().sections[index + 1]?.id).toBe(id)
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-section-id', id))
  })
})
