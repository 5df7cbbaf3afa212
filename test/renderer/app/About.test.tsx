/** Help → About shows the version, the licence and the third-party notices that main reads from its resources. */
import { emit, handlers, callsOf } from '../support/fake-api'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it } from 'vitest'
import { App } from '../../../src/renderer/src/App'

it('opens from Help → About with the notices, readable and scrollable by keyboard', async () => {
  handlers['reports.list'] = () => ({ reports: [], problems: [] })
  handlers['settings.get'] = () => ({ uiLanguage: 'fi', recentReportIds: [] })
  handlers['app.info'] = () => ({ version: '1.4.0', dataDir: '/data', readOnly: false, platform: 'linux' })
  handlers['app.notices'] = () =>
    'Tilannekuva — third-party notices\n\nlibvoikko 4.3.1\n  Licence: GPL-2.0-or-later'
  render(<App />)
  await screen.findByRole('heading', { name: 'Tilannekuvat' })
  act(() => emit('menu:command', 'about'))

  const dialog = await screen.findByRole('dialog', { name: 'Tietoja sovelluksesta Tilannekuva' })
  const notices = await within(dialog).findByRole('region', { name: 'Kolmansien osapuolten ilmoitukset' })
  expect(notices).toHaveTextContent('libvoikko 4.3.1 Licence: GPL-2.0-or-later')
  expect(notices).toHaveAttribute('tabindex', '0')
  expect(within(dialog).getByText('Versio 1.4.0')).toBeInTheDocument()
  expect(within(dialog).getByText(/EUPL-1.2/)).toBeInTheDocument()
  expect(callsOf('app.notices')).toEqual([{}])

  await userEvent.setup().click(within(dialog).getByRole('button', { name: 'Sulje' }))
  expect(screen.queryByRole('dialog')).toBeNull()
})
