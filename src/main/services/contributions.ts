/**
 * The contribution operations (issue 13). The coordinator asks for sections (one request file per contributor),
 * imports replies (read and checked here, merged in the renderer with the pure core in shared/contributions, nothing
 * written) and confirms the merged report, saved as one new revision after a backup. The contributor opens a request
 * into their own library as a contribution report and returns a reply file. Every file is read by main, checked for
 * shape (shape-guard) and parsed with zod; a file that cannot be used gets a message and changes nothing.
 */
import { basename, dirname, join } from 'node:path'
import { ServiceError, type Services } from '../../shared/contract'
import { createReply, createRequest } from '../../shared/contributions/format'
import {
  MAX_CONTRIBUTION_FILE_BYTES,
  type OpenedRequest,
  type ReplyImport
} from '../../shared/contributions/ipc'
import { outcomeMessage } from '../../shared/contributions/messages'
import { parseReply, parseRequest } from '../../shared/contributions/parse'
import { translate } from '../../shared/i18n'
import { newId } from '../../shared/ids'
import { reportSchema, type Language, type Report } from '../../shared/model'
import { checkShape } from '../../shared/shape-guard'
import { markingText } from '../export/marking'
import { documentWords } from '../export/words'
import { safeStem } from '../export/filename'
import { realFs } from '../storage/fs-port'
import type { Library } from '../storage/library'
import { saveReport } from '../storage/report-revisions'
import { ContributionRecords } from './contribution-records'
import type { ServiceDeps } from './deps'

type ContributionOperation = Extract<keyof Services, `contributions.${string}`>
export type ContributionServices = Pick<Services, ContributionOperation>

const SUFFIX = '.tilannekuva-osuus.json'
const FILTERS = [{ name: 'Tilannekuva', extensions: ['json'] }]

interface DroppedFile {
  name: string
  text: string
}

/** A file's text after the shape check: too deep, too large or not plain JSON reads as damaged. */
function checkedText(text: string): string | null {
  try {
    return checkShape(JSON.parse(text), { maxTextLength: MAX_CONTRIBUTION_FILE_BYTES }).ok ? text : null
  } catch {
    return text // Not JSON: the parser says "damaged" in its own words.
  }
}

const damaged = { key: 'contributions:outcome.damaged', values: {} }

/** A merge session: the replies read for one report at one revision, until the coordinator confirms. */
interface Session {
  reportId: string
  revision: number
  replies: Map<string, string>
}

export async function contributionServices(
  deps: ServiceDeps,
  library: Library
): Promise<ContributionServices> {
  const records = await ContributionRecords.open(library)
  const sessions = new Map<string, Session>()
  const now = () => library.now()
  const ui = () => library.getSettings().uiLanguage as Language
  const t = (key: string, values: Record<string, string> = {}) =>
    translate(ui(), `contributions:${key}`, values)

  async function readPicked(path: string): Promise<DroppedFile> {
    try {
      const text = (await realFs.readRegular(path, MAX_CONTRIBUTION_FILE_BYTES)).toString('utf8')
      return { name: basename(path), text }
    } catch {
      return { name: basename(path), text: '' }
    }
  }

  function defaultPath(stem: string): string {
    const folder = library.getSettings().lastExportDir
    const name = `${safeStem(stem).slice(0, 120) || 'tilannekuva'}${SUFFIX}`
    return folder ? join(folder, name) : name
  }

  async function writeChosen(path: string, content: unknown): Promise<string> {
    const target = path.endsWith('.json') ? path : `${path}${SUFFIX}`
    await library.writeFileDurable(target, JSON.stringify(content, null, 2))
    if (!library.readOnly && dirname(target) !== library.getSettings().lastExportDir) {
      await library.updateSettings({ lastExportDir: dirname(target) }).catch(() => undefined)
    }
    return target
  }

  async function openRequestText(file: DroppedFile): Promise<OpenedRequest> {
    library.assertWritable()
    const text = checkedText(file.text)
    if (text === null) return { ok: false, message: damaged }
    const outcome = parseRequest(text)
    if (!outcome.ok) return { ok: false, message: outcomeMessage(outcome) }
    const { request } = outcome
    // Opening the same request again opens what was already written, never a second empty copy.
    const held = records.contributionOf(request.requestId)
    if (held && library.index.summaries.has(held.info.reportId))
      return { ok: true, reportId: held.info.reportId }
    const stamp = now().toISOString()
    const report = reportSchema.parse({
      schemaVersion: 2,
      id: newId(),
      revision: 0,
      title: request.report.title,
      language: request.report.language,
      classification: request.report.classification,
      createdAt: stamp,
      updatedAt: stamp,
      meeting: {},
      sections: request.sections
    })
    const stored = await library.insertReport(report)
    const { requestId, requestedBy, contributor, due, message } = request
    await records.addContribution({
      info: {
        requestId,
        reportId: stored.id,
        requestedBy,
        contributor,
        due,
        message,
        marking: request.report.marking,
        openedAt: stamp
      },
      request
    })
    return { ok: true, reportId: stored.id }
  }

  async function readReplies(reportId: string, files: DroppedFile[]): Promise<ReplyImport> {
    const report = await library.loadReport(reportId)
    const merged = records.requestsFor(reportId)
    const result: ReplyImport = { sessionId: newId(), report, replies: [], refused: [] }
    for (const file of files) {
      const text = checkedText(file.text)
      const outcome = text === null ? null : parseReply(text, { reportId })
      if (!outcome || !outcome.ok) {
        result.refused.push({ fileName: file.name, message: outcome ? outcomeMessage(outcome) : damaged })
        continue
      }
      const asked = records.request(outcome.reply.requestId)
      if (asked && asked.baseHash !== outcome.reply.baseHash) {
        result.refused.push({
          fileName: file.name,
          message: outcomeMessage({ ok: false, reason: 'tampered' })
        })
        continue
      }
      const seen =
        merged.some((r) => r.mergedReplies.includes(outcome.replyHash)) ||
        result.replies.some((r) => r.replyHash === outcome.replyHash)
      if (seen) {
        const message = outcomeMessage({ ok: false, reason: 'already_merged' })
        result.refused.push({ fileName: file.name, message })
        continue
      }
      result.replies.push({ fileName: file.name, replyHash: outcome.replyHash, reply: outcome.reply })
    }
    const replies = new Map(result.replies.map((r) => [r.replyHash, r.reply.requestId]))
    if (replies.size > 0) {
      sessions.set(result.sessionId, { reportId, revision: report.revision, replies })
      const returned = new Set(replies.values())
      const stamp = now().toISOString()
      if (!library.readOnly) {
        await records
          .updateRequests((r) =>
            returned.has(r.requestId) && !r.returnedAt ? { ...r, returnedAt: stamp } : r
          )
          .catch((error: unknown) => library.log('contribution records not updated', error))
      }
    }
    return result
  }

  return {
    'contributions.list': async ({ id }) => ({
      contribution: records.contributionFor(id)?.info ?? null,
      requests: records.requestsFor(id)
    }),
    'contributions.mine': async () =>
      records.contributionReports().filter((id) => library.index.summaries.has(id)),
    'contributions.ask': async ({ reportId, requests }) => {
      library.assertWritable()
      const report = await library.loadReport(reportId)
      const marking = markingText(report.classification, documentWords(report.language))
      const written = []
      for (const asked of requests) {
        const request = createRequest(report, {
          requestId: newId(),
          sectionIds: asked.sectionIds.filter((id) => report.sections.some((s) => s.id === id)),
          requestedBy: { organisation: report.organisation, person: report.author },
          contributor: asked.contributor,
          now: now().toISOString(),
          due: asked.due,
          message: asked.message,
          marking
        })
        const who = asked.contributor.organisation || asked.contributor.person
        const path = await deps.dialogs.save({
          title: t('dialog.askTitle', { who }),
          defaultPath: defaultPath(`${report.title} – ${who}`),
          filters: FILTERS
        })
        if (!path) continue
        await writeChosen(path, request)
        const record = {
          requestId: request.requestId,
          reportId,
          baseRevision: request.baseRevision,
          baseHash: request.baseHash,
          contributor: request.contributor,
          sectionIds: request.sections.map((s) => s.id),
          sectionTitles: request.sections.map((s) => s.title),
          due: request.due,
          message: request.message,
          requestedAt: request.requestedAt,
          mergedReplies: []
        }
        await records.addRequest(record)
        written.push(record)
      }
      return { written }
    },
    'contributions.openRequest': async () => {
      library.assertWritable()
      const path = await deps.dialogs.open({ title: t('dialog.openTitle'), filters: FILTERS })
      return path ? openRequestText(await readPicked(path)) : null
    },
    'contributions.openPending': async () => {
      let opened: OpenedRequest | null = null
      // Several double-clicked at once: each is opened, the window goes to the last one.
      for (const path of deps.takeOpenedFiles?.() ?? [])
        opened = await openRequestText(await readPicked(path))
      return opened
    },
    'contributions.openDroppedRequest': async (file) => openRequestText(file),
    'contributions.return': async ({ id }) => {
      const held = records.contributionFor(id)
      if (!held) throw new ServiceError('not_found', 'not a contribution')
      const report = await library.loadReport(id)
      const reply = createReply(held.request, report.sections, {
        returnedBy: held.request.contributor,
        now: now().toISOString()
      })
      const path = await deps.dialogs.save({
        title: t('dialog.returnTitle'),
        defaultPath: defaultPath(`${report.title} – ${t('dialog.replyStem')}`),
        filters: FILTERS
      })
      if (!path) return null
      const target = await writeChosen(path, reply)
      if (!library.readOnly)
        await records.updateContribution(held.info.requestId, (i) => ({ ...i, returnedAt: reply.returnedAt }))
      return { path: target }
    },
    'contributions.importReplies': async ({ id }) => {
      const options = { title: t('dialog.importTitle'), filters: FILTERS }
      const one = async () => [await deps.dialogs.open(options)].filter((p): p is string => p !== null)
      const paths = (await deps.dialogs.openMany?.(options)) ?? (await one())
      if (paths.length === 0) return null
      return readReplies(id, await Promise.all(paths.slice(0, 50).map(readPicked)))
    },
    'contributions.importDroppedReplies': async ({ id, files }) => readReplies(id, files),
    'contributions.confirmMerge': async ({ sessionId, report, replyHashes }) => {
      library.assertWritable()
      const session = sessions.get(sessionId)
      if (!session || session.reportId !== report.id || replyHashes.some((h) => !session.replies.has(h))) {
        throw new ServiceError('not_found', 'no such merge')
      }
      const current: Report = await library.loadReport(report.id)
      if (current.revision !== session.revision) throw new ServiceError('stale_revision')
      // The report as it was before the merge can always be restored from the backups list.
      await library.backups.backupNow(current.id, current.revision, JSON.stringify(current), now())
      const saved = await saveReport(library, report, session.revision)
      sessions.delete(sessionId)
      const mergedAt = now().toISOString()
      const requestIds = new Map(replyHashes.map((hash) => [session.replies.get(hash), hash]))
      await records.updateRequests((r) => {
        const hash = requestIds.get(r.requestId)
        if (!hash) return r
        return {
          ...r,
          returnedAt: r.returnedAt ?? mergedAt,
          mergedAt,
          mergedReplies: [...r.mergedReplies, hash]
        }
      })
      return saved
    }
  }
}
