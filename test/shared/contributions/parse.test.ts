import { describe, expect, it } from 'vitest'
import {
  CONTRIBUTION_FORMAT_VERSION,
  createRequest,
  type ContributionReply
} from '../../../src/shared/contributions/format'
import { parseContribution, parseReply, parseRequest } from '../../../src/shared/contributions/parse'
import { action, section } from '../../fixtures/templates/reports'
import { baseReport, COORDINATOR, CONTRIBUTOR, notes, replyTo, requestFor } from './support'

const atBase = () =>
  baseReport([
    section('ai', {
      title: 'Tekoäly',
      guidance: 'Kerro tekoälyn käytöstä julkisissa palveluissa.',
      notes: notes('Hanke on aikataulussa.'),
      actions: [action('a1')]
    }),
    section('data', { title: 'Datatalous' })
  ])

const text = (value: unknown) => JSON.stringify(value, null, 2)

describe('a contribution request', () => {
  it('carries the requested sections with their guidance, the report heading and who is asked', () => {
    const report = { ...atBase(), classification: { level: 'restricted' as const, legalBasis: '' } }
    const request = createRequest(report, {
      requestId: 'req-1',
      sectionIds: ['data', 'ai'],
      requestedBy: COORDINATOR,
      contributor: CONTRIBUTOR,
      now: '2026-10-20T08:00:00.000Z',
      due: '2026-10-27',
      message: 'Päivitäthän osion.',
      marking: 'KÄYTTÖ RAJOITETTU'
    })
    expect(request.sections.map((s) => s.id)).toEqual(['ai', 'data'])
    expect(request.sections[0]!.guidance).toBe('Kerro tekoälyn käytöstä julkisissa palveluissa.')
    expect(request).toMatchObject({
      reportId: 'R1',
      baseRevision: 7,
      report: { title: 'Report R1', language: 'fi', marking: 'KÄYTTÖ RAJOITETTU' },
      contributor: CONTRIBUTOR,
      due: '2026-10-27',
      sectionOrder: ['intro', 'ai', 'data']
    })
    expect(request.baseHash).toMatch(/^[0-9a-f]{64}$/)
    const read = parseRequest(text(request))
    expect(read).toEqual({ ok: true, request })
  })

  it('refuses to ask for a section the report does not have', () => {
    expect(() => requestFor(atBase(), ['nope'])).toThrow(RangeError)
    expect(() => requestFor(atBase(), [])).toThrow(RangeError)
  })

  it('has the same base hash whatever the key order in the file', () => {
    const request = requestFor(atBase())
    const reversed = Object.fromEntries(Object.entries(request).reverse())
    expect(parseRequest(JSON.stringify(reversed))).toEqual({ ok: true, request })
  })
})

describe('reading a file', () => {
  const request = requestFor(atBase())
  const reply = replyTo(request, [{ ...request.sections[0]!, status: 'needs_attention' }])

  it('reads a reply for its own report, with a content hash that ignores when it was returned', () => {
    const read = parseReply(text(reply), { reportId: 'R1', baseHash: request.baseHash })
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.reply.sections[0]!.status).toBe('needs_attention')
    const again = parseReply(text({ ...reply, returnedAt: '2026-10-27T09:00:00.000Z' }), { reportId: 'R1' })
    expect(again.ok && again.replyHash).toBe(read.replyHash)
  })

  it('says a report file or other JSON is not a contribution', () => {
    expect(parseContribution(text(atBase()))).toEqual({ ok: false, reason: 'not_a_contribution' })
    expect(parseContribution('[1, 2]')).toEqual({ ok: false, reason: 'not_a_contribution' })
  })

  it('says a file cut short or with a broken field is damaged', () => {
    expect(parseContribution(text(request).slice(0, 200))).toMatchObject({ ok: false, reason: 'damaged' })
    const broken = { ...request, sections: [{ ...request.sections[0], status: 'purple' }] }
    expect(parseContribution(text(broken))).toMatchObject({
      ok: false,
      reason: 'damaged',
      detail: expect.stringContaining('sections.0.status')
    })
  })

  it('says a file from a newer version is a newer format, whatever its shape', () => {
    const newer = { format: 'tilannekuva-osuus', formatVersion: CONTRIBUTION_FORMAT_VERSION + 1, parts: [] }
    expect(parseContribution(text(newer))).toEqual({
      ok: false,
      reason: 'newer_format',
      formatVersion: CONTRIBUTION_FORMAT_VERSION + 1
    })
  })

  it('refuses a reply for another report and names that report', () => {
    expect(parseReply(text(reply), { reportId: 'R2' })).toEqual({
      ok: false,
      reason: 'other_report',
      reportId: 'R1',
      reportTitle: 'Report R1'
    })
  })

  it('refuses a request whose base was edited after it was written', () => {
    const edited = structuredClone(request)
    edited.sections[0]!.notes = notes('Hanke on myöhässä.')
    expect(parseRequest(text(edited))).toEqual({ ok: false, reason: 'tampered' })
    const renumbered = { ...request, baseRevision: 3 }
    expect(parseRequest(text(renumbered))).toEqual({ ok: false, reason: 'tampered' })
  })

  it('refuses a reply whose base differs from the request the coordinator kept', () => {
    const edited: ContributionReply = structuredClone(reply)
    edited.base[0]!.title = 'Toinen otsikko'
    expect(parseReply(text(edited), { reportId: 'R1' })).toEqual({ ok: false, reason: 'tampered' })
    const otherBase = requestFor({ ...atBase(), revision: 8 })
    expect(parseReply(text(reply), { reportId: 'R1', baseHash: otherBase.baseHash })).toEqual({
      ok: false,
      reason: 'tampered'
    })
  })

  it('says which kind a file is when the other kind was expected', () => {
    expect(parseReply(text(request), { reportId: 'R1' })).toEqual({
      ok: false,
      reason: 'wrong_kind',
      kind: 'request'
    })
    expect(parseRequest(text(reply))).toEqual({ ok: false, reason: 'wrong_kind', kind: 'reply' })
  })

  it('refuses a reply that holds a section that was not requested', () => {
    const extra = { ...reply, sections: [...reply.sections, section('intro')] }
    expect(parseContribution(text(extra))).toMatchObject({ ok: false, reason: 'damaged' })
  })
})
