/**
 * A report made "next from previous" starts with every status carried and not reviewed. The Word overview must not
 * pretend an assessment ("Kriittinen → Kriittinen, Ennallaan"): until someone reviews a section it says "not reviewed"
 * in the report's language, and once reviewed it shows the change and the trend as before.
 */
import { describe, expect, it } from 'vitest'
import { exportReport } from '../../../src/main/export'
import type { Language, Report } from '../../../src/shared/model'
import { confirmCarriedStatus, nextFromPrevious } from '../../../src/shared/report-ops'
import { section } from '../../fixtures/templates/reports'
import { docxParts, minimalReport, paragraphs, tables, textOf } from './docx-helpers'

const cells = (row: string) => (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(textOf)
const rows = (table: string) => (table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).map(cells)

function previous(language: Language): Report {
  return minimalReport({
    language,
    sections: [
      section('s1', { title: 'Tekoäly', status: 'critical' }),
      section('s2', { title: 'Data', status: 'on_track' })
    ]
  })
}

function next(language: Language, review?: (report: Report) => Report): Report {
  const made = nextFromPrevious(previous(language), {
    id: 'r2',
    now: '2021-11-25T10:00:00.000Z',
    newId: (() => {
      let n = 0
      return () => `n${++n}`
    })(),
    carryNotes: false,
    meetingDate: '2021-11-25'
  })
  // Something in each section so the exporter writes it in full, not on the "left out" line.
  for (const section of made.sections) section.decisions = [{ id: `d-${section.id}`, text: 'Päätös' }]
  return review ? review(made) : made
}

async function overviewRows(report: Report): Promise<string[][]> {
  const xml = (await docxParts(await exportReport(report)))['word/document.xml'] as string
  const table = tables(xml)[0] ?? ''
  return rows(table)
}

describe('the overview of a report whose statuses were carried forward', () => {
  it.each([
    ['fi', 'Kriittinen → ei arvioitu', 'ei arvioitu'],
    ['sv', 'Kritisk → ej bedömd', 'ej bedömd'],
    ['en', 'Critical → not reviewed', 'not reviewed']
  ] as const)('says "not reviewed" in %s instead of a trend', async (language, change, trend) => {
    const [header, first] = await overviewRows(next(language))
    expect(header).toHaveLength(6)
    // Section, status, previous → now, trend, owner, open actions.
    expect(first?.[2]).toBe(change)
    expect(first?.[3]).toBe(trend)
    expect(first?.join('|')).not.toMatch(/Ennallaan|Oförändrad|Unchanged/)
  })

  it('shows the change and the trend once a section is reviewed, and keeps "not reviewed" for the others', async () => {
    const report = next('fi', (r) => ({
      ...r,
      sections: [confirmCarriedStatus(r.sections[0]!), r.sections[1]!]
    }))
    const [, first, second] = await overviewRows(report)
    expect(first?.slice(1, 4)).toEqual(['Kriittinen', 'Kriittinen → Kriittinen', 'Ennallaan'])
    expect(second?.slice(1, 4)).toEqual([
      'Etenee suunnitellusti',
      'Etenee suunnitellusti → ei arvioitu',
      'ei arvioitu'
    ])
  })

  it("says in the section's status line that its status comes from the previous report and is not reviewed", async () => {
    const xml = (await docxParts(await exportReport(next('fi'))))['word/document.xml'] as string
    const statusLines = paragraphs(xml)
      .filter((p) => p.includes('StatusLine'))
      .map(textOf)
    expect(statusLines[0]).toBe('Tila: Kriittinen (edellisestä tilannekuvasta, ei arvioitu)')
    expect(statusLines.join('\n')).not.toContain('→')
  })
})
