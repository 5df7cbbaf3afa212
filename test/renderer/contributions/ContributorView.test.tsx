/**
 * The contributor's side: a report opened from a request shows a banner saying whose request it is and that only
 * the requested sections are here, offers only the sections view, and "Return" saves first, then writes the reply.
 */
import { callsOf, handlers } from '../support/fake-api'
import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { ReportView } from '../../../src/renderer/src/features/report/ReportView'
import { NavigationContext } from '../../../src/renderer/src/state/navigation-context'
import { NoticeProvider } from '../../../src/renderer/src/components/notices'
import { makeReport } from '../support/render'
import { makeSection } from '../editor/sections'

const info = {
  requestId: 'q1',
  reportId: 'r1',
  requestedBy: { organisation: 'VM', person: 'Kaisa Koordinaattori' },
  contributor: { organisation: 'LVM', person: 'Lasse Liikenne' },
  due: '2026-10-27',
  message: 'Päivitäthän tilanteen.',
  marking: '',
  openedAt: '2026-10-21T08:00:00.000Z'
}

function renderReport(contribution: typeof info | null) {
  const report = makeReport({ sections: [makeSection('s2', 'Liikenne')] })
  handlers['reports.get'] = () => ({ report, readOnly: false })
  handlers['reports.save'] = ({ report: next }) => ({
    revision: next.revision + 1,
    updatedAt: next.updatedAt
  })
  handlers['contributions.list'] = () => ({ contribution, requests: [] })
  handlers['contributions.return'] = () => ({ path: '/tmp/vastaus.tilannekuva-osuus.json' })
  render(
    <FluentProvider theme={webLightTheme}>
      <NavigationContext.Provider value={vi.fn()}>
        <NoticeProvider>
          <ReportView view={{ name: 'report', reportId: 'r1', tab: 'sections' }} />
        </NoticeProvider>
      </NavigationContext.Provider>
    </FluentProvider>
  )
}

describe('a contribution report', () => {
  it('says whose request it answers, shows only the sections view, and returns the reply', async () => {
    renderReport(info)
    expect(
      await screen.findByText(
        /Tämä on osuus tilannekuvaan ”Kansliapäälliköiden kokous”, jota pyysi VM, Kaisa/
      )
    ).toBeInTheDocument()
    expect(screen.getByText(/Määräpäivä 27\.10\.2026\./)).toBeInTheDocument()
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Osiot'])
    // The requested sections are the contribution: none is added or removed here.
    expect(await screen.findByRole('button', { name: 'Lisää osio' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Poista osio' })).toBeDisabled()
    await userEvent.click(screen.getByRole('button', { name: 'Palauta osuus…' }))
    await waitFor(() => expect(callsOf('contributions.return')).toEqual([{ id: 'r1' }]))
    expect(
      await screen.findByText('Vastaustiedosto tallennettiin. Lähetä se: VM, Kaisa Koordinaattori.')
    ).toBeInTheDocument()
  })

  it('is an ordinary report with the Contributions view when it answers no request', async () => {
    renderReport(null)
    await screen.findByRole('tab', { name: 'Osuudet' })
    expect(await screen.findByRole('button', { name: 'Lisää osio' })).toBeEnabled()
    expect(screen.queryByRole('button', { name: 'Palauta osuus…' })).not.toBeInTheDocument()
  })
})
