/**
 * keyFigures.history: the key figures of a report and of its predecessors in the meeting series, read from storage
 * by following `previousReportId`. Bounded (KEY_FIGURE_CHAIN_LIMIT reports) and safe against a cycle; a predecessor
 * that is gone or unreadable ends the series there and says so, it never fails the whole answer.
 */
import { ServiceError, type Services } from '../../shared/contract'
import {
  KEY_FIGURE_CHAIN_LIMIT,
  snapshotOf,
  type ChainEnd,
  type KeyFigureHistory,
  type ReportSnapshot
} from '../../shared/key-figures/history'
import type { Report } from '../../shared/model'
import type { StorageContext } from '../storage/context'

export type KeyFigureServices = Pick<Services, 'keyFigures.history'>

/** Why a predecessor could not be loaded, or undefined for an error that is not about that one report. */
function endFor(error: unknown): ChainEnd | undefined {
  if (!(error instanceof ServiceError)) return undefined
  if (error.code === 'not_found') return 'missing'
  if (error.code === 'corrupt_file' || error.code === 'newer_version') return 'unreadable'
  return undefined
}

/** Walks back from `id`; the report itself must load (not_found otherwise), its predecessors may fail. */
export async function keyFigureHistory(
  loadReport: (id: string) => Promise<Report>,
  id: string,
  limit = KEY_FIGURE_CHAIN_LIMIT
): Promise<KeyFigureHistory> {
  const newestFirst: ReportSnapshot[] = []
  const seen = new Set<string>()
  let report = await loadReport(id)
  for (;;) {
    seen.add(report.id)
    newestFirst.push(snapshotOf(report))
    const previousId = report.previousReportId
    if (!previousId) return { reports: newestFirst.reverse(), end: 'start' }
    if (seen.has(previousId)) return { reports: newestFirst.reverse(), end: 'cycle' }
    if (newestFirst.length >= limit) return { reports: newestFirst.reverse(), end: 'limit' }
    try {
      report = await loadReport(previousId)
    } catch (error) {
      const end = endFor(error)
      if (!end) throw error
      return { reports: newestFirst.reverse(), end }
    }
  }
}

/** The key-figure operations over storage. */
export function keyFigureServices(ctx: Pick<StorageContext, 'loadReport'>): KeyFigureServices {
  return {
    'keyFigures.history': async ({ id }) => keyFigureHistory((reportId) => ctx.loadReport(reportId), id)
  }
}
