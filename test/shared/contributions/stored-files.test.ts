/**
 * Files of format version 1 as the app wrote them, kept in test/fixtures/contributions: a later version must still
 * read them, and their hashes must still match — the hash may not depend on the process, the platform or key order.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { mergedReport, mergeReply } from '../../../src/shared/contributions/merge'
import { parseReply, parseRequest } from '../../../src/shared/contributions/parse'
import { plainText } from '../../../src/shared/richtext'
import { report, section } from '../../fixtures/templates/reports'

const stored = (name: string) =>
  readFileSync(new URL(`../../fixtures/contributions/${name}`, import.meta.url), 'utf8')

describe('stored contribution files of format version 1', () => {
  it('read as a request for the AI section, with its guidance and marking', () => {
    const read = parseRequest(stored('request-v1.tilannekuva-osuus.json'))
    if (!read.ok) throw new Error(read.reason)
    expect(read.request.sections.map((s) => s.title)).toEqual(['Tekoäly'])
    expect(read.request.sections[0]!.guidance).toContain('etiikka')
    expect(read.request.report.marking).toBe('JULKINEN')
  })

  it('read as the reply to that request, and merge into the report', () => {
    const request = parseRequest(stored('request-v1.tilannekuva-osuus.json'))
    if (!request.ok) throw new Error(request.reason)
    const read = parseReply(stored('reply-v1.tilannekuva-osuus.json'), {
      reportId: 'vm-digi-2026-10',
      baseHash: request.request.baseHash
    })
    if (!read.ok) throw new Error(read.reason)
    const coordinator = {
      ...report('vm-digi-2026-10', [section('s-yht'), ...request.request.sections, section('s-data')]),
      revision: 12
    }
    const merge = mergeReply(coordinator, read.reply)
    if (!merge.ok) throw new Error(merge.reason)
    const ai = mergedReport(merge.state)!.sections[1]!
    expect(ai.status).toBe('on_track')
    expect(plainText(ai.notes)).toContain('Linjausluonnos lähti lausunnolle 24.10.2026.')
    expect(ai.actions[0]!.state).toBe('in_progress')
  })
})
