import { callsOf, handlers, ServiceError } from '../support/fake-api'
import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { ChangesView } from '../../../src/renderer/src/features/changes/ChangesView'
import type { Report } from '../../../src/shared/model'
import { action, keyFigure, report, section } from '../../fixtures/templates/reports'
import { renderWithReport } from '../support/render'

/** A: two sections (one later removed), B made from A with statuses, figures and actions moved on. */
function meetingPair(): { a: Report; b: Report } {
  const a = report(
    'a',
    [
      section('ai', {
        templateSectionId: 'ai',
        title: 'Tekoäly',
        status: 'needs_attention',
        keyFigures: [keyFigure('k1', { indicator: 'Sähköiset palvelut', value: '72', unit: '%' })],
        actions: [
          action('x1', { what: 'Valmistele lausunto' }),
          action('x2', { what: 'Kutsu koolle työryhmä' })
        ]
      }),
      section('old', { title: 'Vanha osio' }),
      section('same', { templateSectionId: 'same', title: 'Rahoitus', status: 'on_track' })
    ],
    { meeting: { ...report('tmp', []).meeting, date: '2021-10-25' }, title: 'Syyskuun kokous' }
  )
  const b = report(
    'b',
    [
      section('ai2', {
        templateSectionId: 'ai',
        title: 'Tekoäly',
        status: 'on_track',
        keyFigures: [
          keyFigure('k1', { indicator: 'Sähköiset palvelut', value: '80', unit: '%', previousValue: '72' })
        ],
        actions: [
          action('x1', { what: 'Valmistele lausunto', state: 'done' }),
          action('x2', { what: 'Kutsu koolle työryhmä' }),
          action('x3', { what: 'Arvioi riskit', who: 'OM', due: '2021-12-01' })
        ]
      }),
      section('same2', { templateSectionId: 'same', title: 'Rahoitus', status: 'on_track' }),
      section('new', { title: 'Digitaalinen identiteetti', status: 'critical' })
    ],
    { previousReportId: 'a' }
  )
  return { a, b }
}

describe('what changed', () => {
  it('says so when the report was not made from a previous one', async () => {
    renderWithReport(<ChangesView />, report('solo', [section('s')]))
    expect(await screen.findByText(/Tätä raporttia ei ole tehty edellisestä raportista/)).toBeInTheDocument()
    expect(callsOf('reports.get')).toHaveLength(0)
  })

  it('lists status changes with icon and word, changed key figures, new and closed actions, added and removed sections', async () => {
    const { a, b } = meetingPair()
    handlers['reports.get'] = () => ({ report: a, readOnly: false })
    renderWithReport(<ChangesView />, b)
    const ai = await screen.findByRole('region', { name: '1. Tekoäly' })
    expect(callsOf('reports.get')).toEqual([{ id: 'a' }])

    const statusLine = within(ai).getByText('Tila:').parentElement as HTMLElement
    expect(statusLine).toHaveTextContent('Vaatii huomiota')
    expect(statusLine).toHaveTextContent('Etenee suunnitellusti')
    // Never by colour alone: each status carries its own shape.
    expect(statusLine.querySelector('[data-status="needs_attention"]')).not.toBeNull()
    expect(statusLine.querySelector('[data-status="on_track"]')).not.toBeNull()
    expect(statusLine.textContent?.indexOf('Vaatii huomiota')).toBeLessThan(
      statusLine.textContent?.indexOf('Etenee suunnitellusti') ?? 0
    )

    const row = within(ai).getByRole('row', { name: /Sähköiset palvelut/ })
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
    ).toEqual(['72 %', '80 %'])
    const newActions = within(ai).getByText('Uudet toimenpiteet').nextElementSibling as HTMLElement
    expect(
      within(newActions)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual(['Arvioi riskitOM · määräaika 1.12.2021'])
    const closed = within(ai).getByText('Valmistuneet toimenpiteet').nextElementSibling as HTMLElement
    expect(within(closed).getByText('Valmistele lausunto')).toBeInTheDocument()
    expect(within(ai).queryByText('Kutsu koolle työryhmä')).not.toBeInTheDocument()

    // Unchanged sections are counted, not listed; added and removed ones are named.
    expect(screen.queryByRole('region', { name: /Rahoitus/ })).not.toBeInTheDocument()
    expect(screen.getByText('1 osiossa ei muutoksia.')).toBeInTheDocument()
    const added = screen.getByRole('region', { name: /3\. Digitaalinen identiteetti/ })
    expect(added).toHaveTextContent('Uusi osio')
    expect(within(added).getByText('Kriittinen')).toBeInTheDocument()
    const removed = screen.getByRole('region', { name: 'Poistettu osio (1)' })
    expect(within(removed).getByText('Vanha osio')).toBeInTheDocument()

    expect(screen.getByText(/Verrattuna raporttiin ”Syyskuun kokous” \(25\.10\.2021\)/)).toBeInTheDocument()
    expect(
      screen.getByText('1 osion tila muuttui · 1 uusi toimenpide · 1 toimenpide valmistui')
    ).toBeInTheDocument()
  })

  it('follows edits made in this report without reloading the previous one', async () => {
    const { a, b } = meetingPair()
    handlers['reports.get'] = () => ({ report: a, readOnly: false })
    const { store } = renderWithReport(<ChangesView />, b)
    await screen.findByRole('region', { name: '1. Tekoäly' })
    store.update((r) => ({
      ...r,
      sections: r.sections.map((s) => (s.id === 'same2' ? { ...s, status: 'critical' as const } : s))
    }))
    const finance = await screen.findByRole('region', { name: '2. Rahoitus' })
    expect(finance).toHaveTextContent('Etenee suunnitellusti')
    expect(finance).toHaveTextContent('Kriittinen')
    expect(callsOf('reports.get')).toHaveLength(1)
  })

  it('explains when the previous report cannot be opened', async () => {
    const { b } = meetingPair()
    handlers['reports.get'] = () => {
      throw new ServiceError('not_found')
    }
    renderWithReport(<ChangesView />, b)
    expect(await screen.findByText(/Edellistä raporttia ei voitu avata/)).toHaveTextContent(
      'Tiedostoa ei löytynyt'
    )
  })

  it('links to the previous report', async () => {
    const { a, b } = meetingPair()
    handlers['reports.get'] = () => ({ report: a, readOnly: false })
    const { navigations } = renderWithReport(<ChangesView />, b)
    ;(await screen.findByRole('button', { name: 'Avaa edellinen raportti' })).click()
    expect(navigations).toEqual([{ name: 'report', reportId: 'a', tab: 'overview' }])
  })
})
