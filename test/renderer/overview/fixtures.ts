/** A report with sections in every status and actions open, in progress, done and overdue (today = 2021-10-25). */
import type { Action, Section } from '../../../src/shared/model'
import { emptyDoc } from '../../../src/shared/richtext'
import { makeReport } from '../support/render'

export const TODAY = '2021-10-25'

function action(id: string, what: string, who: string, due: string, state: Action['state']): Action {
  return { id, what, who, due, state }
}

function section(id: string, title: string, extra: Partial<Section>): Section {
  return {
    id,
    title,
    guidance: '',
    status: 'not_assessed',
    trend: 'none',
    owner: '',
    notes: emptyDoc(),
    keyFigures: [],
    decisions: [],
    actions: [],
    ...extra
  }
}

export const boardReport = makeReport({
  sections: [
    section('s1', 'Yhteenveto', { status: 'on_track', trend: 'improving', owner: 'VNK' }),
    section('s2', 'Kansainvälinen vertailu', {
      status: 'needs_attention',
      trend: 'worsening',
      owner: 'VM',
      actions: [
        action('a1', 'Päivitä DESI-vertailu', 'VM', '2021-10-20', 'open'),
        action('a2', 'Kokoa tunnusluvut', 'Tilastokeskus', '2021-11-15', 'in_progress'),
        action('a3', 'Lähetä lausunto', 'VM', '2021-10-01', 'done')
      ]
    }),
    section('s3', 'Tekoäly', {
      status: 'critical',
      trend: 'unchanged',
      owner: 'Digi- ja väestötietovirasto',
      actions: [action('a4', 'Valmistele eettiset periaatteet', 'LVM', '2021-10-24', 'in_progress')]
    }),
    section('s4', 'Digitaalinen identiteetti', { status: 'critical' })
  ]
})
