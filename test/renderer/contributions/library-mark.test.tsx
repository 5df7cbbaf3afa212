/** The report list marks a contribution (someone else's request written here) in words, and offers to open one. */
import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { handlers } from '../support/fake-api'
import { memoryLibrary, summary } from '../library/memory-library'
import { renderLibrary } from '../library/render-library'

describe('contributions in the report list', () => {
  it('marks only the contribution, and offers to open a request', async () => {
    memoryLibrary([
      summary({ id: 'own', title: 'Oma tilannekuva' }),
      summary({ id: 'osuus', title: 'Kansliapäälliköiden kokous' })
    ])
    handlers['contributions.mine'] = () => ['osuus']
    renderLibrary()
    const row = (title: string) => screen.getByRole('button', { name: title }).closest('tr') as HTMLElement
    await screen.findByText('Osuus')
    expect(within(row('Kansliapäälliköiden kokous')).getByText('Osuus')).toBeInTheDocument()
    expect(within(row('Oma tilannekuva')).queryByText('Osuus')).toBeNull()
    expect(screen.getByRole('button', { name: 'Avaa osuuspyyntö…' })).toBeInTheDocument()
  })
})
