import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reportSchema } from '../../../src/shared/model'
import { plainText } from '../../../src/shared/richtext'
import { repoRoot } from './docx-helpers'

describe('the shipped example report', () => {
  const raw = JSON.parse(
    readFileSync(resolve(repoRoot, 'resources/examples/esimerkki.tilannekuva.json'), 'utf8')
  )

  it('is valid against the report schema as written (no defaults needed to fill gaps)', () => {
    const parsed = reportSchema.parse(raw)
    expect(parsed).toEqual(raw)
  })

  it('fills the digitalisation template’s 13 sections in Finnish with statuses, key figures and actions', () => {
    const report = reportSchema.parse(raw)
    expect(report.language).toBe('fi')
    expect(report.sections).toHaveLength(13)
    expect(report.sections[0]?.title).toBe('Yhteenveto')
    expect(report.sections[12]?.title).toBe('Päätökset ja jatkotoimenpiteet')
    expect(new Set(report.sections.map((s) => s.status))).toEqual(
      new Set(['on_track', 'needs_attention', 'critical', 'not_assessed'])
    )
    expect(report.sections.flatMap((s) => s.keyFigures).some((k) => k.target === '100')).toBe(true)
    expect(report.sections.flatMap((s) => s.decisions).length).toBeGreaterThan(0)
    expect(report.sections.flatMap((s) => s.actions).length).toBeGreaterThan(0)
    const json = JSON.stringify(report.sections.map((s) => s.notes))
    for (const type of ['bulletList', 'orderedList', 'table', 'link']) expect(json).toContain(`"${type}"`)
    expect(plainText(report.sections[0]?.notes)).toContain('digitaalisen identiteetin')
  })
})
