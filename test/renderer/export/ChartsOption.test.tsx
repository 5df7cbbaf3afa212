/**
 * The export option "Kaaviot tunnusluvuista": on when a key figure has readings from two meetings or more (the
 * series read from storage as the Tunnusluvut view reads it), sent with the export; off and disabled, with a
 * sentence saying why, when there is nothing to draw.
 */
import { callsOf, handlers } from '../support/fake-api'
import { beforeEach, describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ExportButton } from '../../../src/renderer/src/features/export/ExportButton'
import { snapshotOf } from '../../../src/shared/key-figures/history'
import type { Report } from '../../../src/shared/model'
import { fiveMeetings } from '../../shared/key-figures/chain'
import { renderWithReport } from '../support/render'

beforeEach(() => {
  handlers['export.docx'] = () => ({ path: '/home/virkailija/Asiakirjat/tilannekuva.docx' })
})

async function openDialog(report: Report, stored: Report[]) {
  handlers['keyFigures.history'] = () => ({ reports: stored.map(snapshotOf), end: 'start' })
  renderWithReport(<ExportButton />, report)
  await userEvent.click(screen.getByRole('button', { name: 'Vie Word-tiedostoksi' }))
  return screen.findByRole('dialog')
}

describe('the charts option of the export', () => {
  it('is on when a key figure has readings from two meetings, and is sent with the export when turned off', async () => {
    const meetings = fiveMeetings()
    const surface = await openDialog(meetings[4] as Report, meetings)
    const box = within(surface).getByRole('checkbox', { name: 'Kaaviot tunnusluvuista' })
    await waitFor(() => expect(callsOf('keyFigures.history')).toHaveLength(1))
    expect(box).toBeChecked()
    expect(box).toBeEnabled()
    expect(box).toHaveAccessibleDescription(/Word-kaavio jokaisesta tunnusluvusta/)
    await userEvent.click(box)
    await userEvent.click(within(surface).getByRole('button', { name: 'Vie' }))
    await waitFor(() => expect(callsOf('export.docx')).toHaveLength(1))
    expect(callsOf('export.docx')[0]).toMatchObject({ reportId: 'm5', options: { includeCharts: false } })
  })

  it('is off and disabled, saying why, when no key figure has readings from two meetings', async () => {
    const first = fiveMeetings()[0] as Report
    const surface = await openDialog(first, [first])
    const box = within(surface).getByRole('checkbox', { name: 'Kaaviot tunnusluvuista' })
    await waitFor(() => expect(box).toBeDisabled())
    expect(box).not.toBeChecked()
    expect(box).toHaveAccessibleDescription(
      'Yhdelläkään tunnusluvulla ei ole vielä arvoa kahdesta kokouksesta, joten kaavioita ei tehdä.'
    )
  })
})
