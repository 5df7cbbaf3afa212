import { describe, expect, it } from 'vitest'
import { reportSchema, SCHEMA_VERSION, type Template } from '../../src/shared/model'
import {
  createBlankReport,
  createFromTemplate,
  nextVersion,
  statusSummary,
  trendFromStatusChange,
  withStatus
} from '../../src/shared/report-ops'
import { findBuiltInTemplate } from '../../src/shared/templates'
import { action, counterIds, report, section } from '../fixtures/templates/reports'

const NOW = '2026-11-26T09:00:00.000Z'
const digitalisation = findBuiltInTemplate('digitalisation')!

describe('createBlankReport', () => {
  it('makes a valid empty draft of the current schema version', () => {
    const blank = createBlankReport({ id: 'r1', language: 'sv', now: NOW, newId: counterIds() })
    expect(reportSchema.parse(blank)).toEqual(blank)
    expect(blank).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      state: 'draft',
      revision: 0,
      language: 'sv'
    })
    expect(blank.sections).toEqual([])
  })
})

describe('createFromTemplate', () => {
  it('takes the sections, guidance and key figures in the chosen language and records the template', () => {
    const created = createFromTemplate(digitalisation, {
      id: 'r1',
      language: 'sv',
      now: NOW,
      newId: counterIds()
    })
    expect(reportSchema.parse(created)).toEqual(created)
    expect(created.sections).toHaveLength(13)
    expect(created.sections[0]).toMatchObject({ title: 'Sammanfattning', templateSectionId: 'summary' })
    expect(created.sections[0]!.guidance).toContain('helhetsläget')
    expect(created.title).toBe('Digitaliseringen av den offentliga förvaltningen — lägesbild')
    expect(created.template).toEqual({ id: 'digitalisation', version: 1 })
    const eid = created.sections[6]!.keyFigures[0]!
    expect(eid).toMatchObject({ value: '', target: '100', unit: '%', year: '2030' })
    expect(eid.source).toBe('EU:s digitala decennium 2030 (beslut (EU) 2022/2481)')
  })

  it('gives every section and key figure its own id', () => {
    const created = createFromTemplate(digitalisation, {
      id: 'r1',
      language: 'fi',
      now: NOW,
      newId: counterIds()
    })
    const ids = created.sections.flatMap((s) => [s.id, ...s.keyFigures.map((f) => f.id)])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('falls back to another language when the template lacks the chosen one, and keeps a given title', () => {
    const finnishOnly: Template = {
      schemaVersion: 1,
      id: 'fi-only',
      version: 3,
      builtIn: false,
      name: { fi: 'Oma pohja' },
      description: {},
      sections: [{ id: 's', title: { fi: 'Tausta' }, guidance: { fi: 'Kerro tausta.' }, keyFigures: [] }]
    }
    const created = createFromTemplate(finnishOnly, {
      id: 'r1',
      language: 'en',
      title: 'Board meeting',
      now: NOW,
      newId: counterIds()
    })
    expect(created.title).toBe('Board meeting')
    expect(created.sections[0]).toMatchObject({ title: 'Tausta', guidance: 'Kerro tausta.' })
    expect(created.template).toEqual({ id: 'fi-only', version: 3 })
  })
})

describe('trendFromStatusChange', () => {
  it.each([
    ['critical', 'needs_attention', 'improving'],
    ['critical', 'on_track', 'improving'],
    ['needs_attention', 'on_track', 'improving'],
    ['on_track', 'needs_attention', 'worsening'],
    ['on_track', 'critical', 'worsening'],
    ['needs_attention', 'critical', 'worsening'],
    ['on_track', 'on_track', 'unchanged'],
    ['critical', 'critical', 'unchanged'],
    ['not_assessed', 'on_track', 'none'],
    ['on_track', 'not_assessed', 'none'],
    [undefined, 'critical', 'none']
  ] as const)('%s → %s is %s', (previous, current, trend) => {
    expect(trendFromStatusChange(previous, current)).toBe(trend)
  })

  it('withStatus re-derives the trend from the previous status', () => {
    const carried = section('s', {
      status: 'needs_attention',
      previousStatus: 'needs_attention',
      trend: 'unchanged'
    })
    expect(withStatus(carried, 'on_track')).toMatchObject({ status: 'on_track', trend: 'improving' })
    expect(withStatus(carried, 'critical')).toMatchObject({ status: 'critical', trend: 'worsening' })
    expect(withStatus(section('new'), 'critical').trend).toBe('none')
  })
})

describe('nextVersion', () => {
  it.each([
    ['1.0', '2.0'],
    ['2.3', '3.0'],
    ['4', '5'],
    ['1.2.3', '2.0.0'],
    ['', '1.0'],
    ['luonnos', '1.0']
  ])('%s → %s', (version, next) => expect(nextVersion(version)).toBe(next))
})

describe('statusSummary', () => {
  it('counts sections per status and open and overdue actions', () => {
    const r = report('r', [
      section('a', {
        status: 'on_track',
        actions: [
          action('1', { due: '2026-11-01' }),
          action('2', { due: '2026-11-01', state: 'done' }),
          action('3', { due: '2026-11-26', state: 'in_progress' })
        ]
      }),
      section('b', { status: 'critical', actions: [action('4', { due: '' })] }),
      section('c', { status: 'on_track' }),
      section('d')
    ])
    expect(statusSummary(r, '2026-11-26')).toEqual({
      byStatus: { not_assessed: 1, on_track: 2, needs_attention: 0, critical: 1 },
      openActions: 3,
      overdueActions: 1
    })
  })
})
