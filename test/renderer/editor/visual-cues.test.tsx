/**
 * What the section editor tells the eye: the "∅" explained in words under the outline, every cut title and value
 * available in full, the owner picker's button named in the user's language, status colours from the one palette.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, screen, within } from '@testing-library/react'
import { SectionsTab } from '../../../src/renderer/src/features/editor/SectionsTab'
import { setUiLanguage } from '../../../src/renderer/src/i18n'
import { STATUS_PALETTE } from '../../../src/shared/status-palette'
import { makeReport, renderWithReport } from '../support/render'
import { makeSection, threeSections } from './sections'
import { docFromText } from '../../../src/shared/richtext'

afterEach(() => setUiLanguage('fi'))

const LONG_TITLE = 'Julkisen hallinnon digitaalisten palvelujen saavutettavuus ja yhteentoimivuus '
  .repeat(3)
  .trim()

function renderTab(sections = threeSections(), sectionId = 's1') {
  return renderWithReport(<SectionsTab sectionId={sectionId} selectTab={vi.fn()} />, makeReport({ sections }))
}
const outline = () => screen.getByRole('navigation', { name: 'Osiot' })

describe('the empty-notes mark', () => {
  it('is explained in words under the outline while some section has no notes', () => {
    renderTab()
    expect(within(outline()).getByText('Osiossa ei ole vielä muistiinpanoja')).toBeVisible()
  })

  it('needs no explanation when every section has notes', () => {
    renderTab([makeSection('s1', 'Yhteenveto', { notes: docFromText('Tilanne.') })])
    expect(within(outline()).queryByText('Osiossa ei ole vielä muistiinpanoja')).toBeNull()
  })

  it('is explained in Swedish and English too', async () => {
    await act(() => setUiLanguage('sv'))
    const { unmount } = renderTab()
    expect(screen.getByText('Avsnittet har inga anteckningar ännu')).toBeVisible()
    unmount()
    await act(() => setUiLanguage('en'))
    renderTab()
    expect(screen.getByText('The section has no notes yet')).toBeVisible()
  })
})

describe('cut text', () => {
  it('shows a long section title in full on hover, in the outline and in the heading', () => {
    renderTab([makeSection('s1', LONG_TITLE)])
    const row = within(outline()).getByRole('button', { name: new RegExp(LONG_TITLE.slice(0, 30)) })
    expect(within(row).getByTitle(LONG_TITLE)).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: `1. ${LONG_TITLE}` })).toHaveAttribute(
      'title',
      `1. ${LONG_TITLE}`
    )
  })

  // Cut text behind a hover title was the old answer; the fields now wrap and grow, measured in Chromium by
  // test/e2e/key-figure-cells.test.ts (jsdom has no layout). Here: the whole text is in a field that wraps.
  it('keeps a long key figure in a field that wraps instead of cutting it', () => {
    const indicator = 'Digitaalisten julkisten palvelujen käyttöaste kansalaisten keskuudessa (DESI 2024)'
    renderTab([
      makeSection('s1', 'Yhteenveto', {
        keyFigures: [{ id: 'k1', indicator, value: '72,5', target: '', unit: '%', year: '', source: '' }]
      })
    ])
    for (const text of [indicator, '72,5']) {
      const field = screen.getByDisplayValue(text)
      expect(field).toBeInstanceOf(HTMLTextAreaElement)
      expect(field).not.toHaveAttribute('title')
    }
  })
})

describe('the owner picker', () => {
  it.each([
    ['fi', 'Näytä ministeriöt'],
    ['sv', 'Visa ministerierna'],
    ['en', 'Show the ministries']
  ] as const)('%s: names its list button in the language of the UI', async (language, name) => {
    await act(() => setUiLanguage(language))
    renderTab()
    const button = screen.getByRole('button', { name })
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('button', { name: /^Open/ })).toBeNull()
  })
})

describe('status colours', () => {
  it('are the palette the Word export prints, in the outline and the heading', () => {
    renderTab()
    const icons = document.querySelectorAll<HTMLElement>('.status-icon[data-status="needs_attention"]')
    expect(icons.length).toBeGreaterThan(0)
    const [r, g, b] = [0, 2, 4].map((i) =>
      parseInt(STATUS_PALETTE.needs_attention.foreground.slice(i, i + 2), 16)
    )
    for (const icon of icons) expect(icon.style.color).toBe(`rgb(${r}, ${g}, ${b})`)
  })
})
