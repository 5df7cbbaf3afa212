/** A coordinator's report and replies to it, built with the shared core as main would read them. */
import { createReply, createRequest } from '../../../src/shared/contributions/format'
import { replyHash } from '../../../src/shared/contributions/format'
import type { ReplyImport } from '../../../src/shared/contributions/ipc'
import type { Report, Section } from '../../../src/shared/model'
import { docFromText } from '../../../src/shared/richtext'
import { makeReport } from '../support/render'
import { makeSection } from '../editor/sections'

export const LVM = { organisation: 'LVM', person: 'Lasse Liikenne' }

/** The coordinator's report: two sections, the second asked of LVM. */
export function coordinatorReport(): Report {
  const traffic = { ...makeSection('s2', 'Liikenne'), notes: docFromText('Hanke on aikataulussa.') }
  return makeReport({ sections: [makeSection('s1', 'Talous'), traffic] })
}

/** LVM's reply, writing `text` as the notes of "Liikenne" and `status` as its status. */
export function replyFrom(base: Report, text: string, status: Section['status'] = 'not_assessed') {
  const request = createRequest(base, {
    requestId: 'req-lvm',
    sectionIds: ['s2'],
    requestedBy: { organisation: 'VM', person: 'Kaisa' },
    contributor: LVM,
    now: '2026-10-20T08:00:00.000Z',
    due: '2026-10-27',
    message: '',
    marking: ''
  })
  const written = request.sections.map((s) => ({ ...s, notes: docFromText(text), status }))
  return createReply(request, written, { returnedBy: LVM, now: '2026-10-26T14:00:00.000Z' })
}

/** An import of LVM's reply into `mine` (the coordinator's report as it is now), with any refused files. */
export function importOf(
  base: Report,
  mine: Report,
  text: string,
  refused: ReplyImport['refused'] = []
): ReplyImport {
  const reply = replyFrom(base, text, 'critical')
  return {
    sessionId: 'session-1',
    report: mine,
    replies: [{ fileName: 'vastaus LVM.tilannekuva-osuus.json', replyHash: replyHash(reply), reply }],
    refused
  }
}
