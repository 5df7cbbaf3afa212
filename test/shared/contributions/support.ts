/** Builders for contribution tests: a coordinator's report, a request from it, and a contributor's reply. */
import type { Decision, Report, Section } from '../../../src/shared/model'
import {
  createReply,
  createRequest,
  type ContributionReply,
  type ContributionRequest
} from '../../../src/shared/contributions/format'
import { report, section } from '../../fixtures/templates/reports'

export const COORDINATOR = { organisation: 'VM', person: 'Kaisa Koordinaattori' }
export const CONTRIBUTOR = { organisation: 'LVM', person: 'Lasse Liikenne' }

/** A decision with a default text. */
export function decision(id: string, text = `Decision ${id}`): Decision {
  return { id, text }
}

/** A notes document of one paragraph per line. */
export function notes(...paragraphs: string[]): Section['notes'] {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }))
  }
}

/** The coordinator's report at the base revision: an unrequested first section, then the given ones. */
export function baseReport(sections: Section[]): Report {
  return { ...report('R1', [section('intro', { title: 'Johdanto' }), ...sections]), revision: 7 }
}

/** A request for the given sections of `base`. */
export function requestFor(
  base: Report,
  sectionIds = base.sections.slice(1).map((s) => s.id)
): ContributionRequest {
  return createRequest(base, {
    requestId: 'req-1',
    sectionIds,
    requestedBy: COORDINATOR,
    contributor: CONTRIBUTOR,
    now: '2026-10-20T08:00:00.000Z',
    due: '2026-10-27',
    message: 'Päivitäthän osion tilanteen.',
    marking: ''
  })
}

/** The contributor's reply with `written` as their versions of the requested sections. */
export function replyTo(request: ContributionRequest, written: Section[]): ContributionReply {
  return createReply(request, written, { returnedBy: CONTRIBUTOR, now: '2026-10-26T14:00:00.000Z' })
}

/**
 * One requested section three ways: the report at the base with `base`, the coordinator's report now with `mine`
 * (or without the section when `mine` is null), and the reply with `theirs`.
 */
export function threeWay(
  base: Section,
  mine: Section | null,
  theirs: Section
): { mine: Report; reply: ContributionReply } {
  const atBase = baseReport([base])
  const reply = replyTo(requestFor(atBase), [theirs])
  const sections = atBase.sections.flatMap((s) => (s.id !== base.id ? [s] : mine ? [mine] : []))
  return { mine: { ...atBase, revision: 9, sections }, reply }
}
