/** Sections for editor tests: three sections, the second with notes and a critical status. */
import type { Section } from '../../../src/shared/model'
import { docFromText } from '../../../src/shared/richtext'
import { section } from '../../fixtures/templates/reports'

export function makeSection(id: string, title: string, overrides: Partial<Section> = {}): Section {
  return section(id, { title, ...overrides })
}

export const threeSections = (): Section[] => [
  makeSection('s1', 'Yhteenveto', { status: 'on_track', guidance: 'Kokonaiskuva ja kokonaistila.' }),
  makeSection('s2', 'Kansainvälinen vertailu', {
    status: 'critical',
    notes: docFromText('DESI-sijoitus 2.')
  }),
  makeSection('s3', 'Tekoäly', { status: 'needs_attention' })
]
