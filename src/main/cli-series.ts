/**
 * The meeting series for the headless export: the report's predecessors (`previousReportId`) read from a folder,
 * each as `<id>.json` (the app's reports folder) or `<id>.tilannekuva.json` (files the app saved), followed as the
 * app follows them (services/key-figures.ts): a predecessor that is missing or unreadable ends the series there.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ServiceError } from '../shared/contract'
import type { ReportSnapshot } from '../shared/key-figures/history'
import { migrate } from '../shared/migrations'
import type { Report } from '../shared/model'
import { keyFigureHistory } from './services/key-figures'

// Ids are file-name-safe (shared/ids.ts); anything else is not looked for on disk.
const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/

async function loadFrom(folder: string, id: string): Promise<Report> {
  if (!SAFE_ID.test(id)) throw new ServiceError('not_found')
  for (const name of [`${id}.json`, `${id}.tilannekuva.json`]) {
    let text: string
    try {
      text = (await readFile(join(folder, name))).toString('utf8')
    } catch {
      continue
    }
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch {
      throw new ServiceError('corrupt_file')
    }
    const result = migrate(raw)
    if (!result.ok)
      throw new ServiceError(result.reason === 'newer_version' ? 'newer_version' : 'corrupt_file')
    return result.report
  }
  throw new ServiceError('not_found')
}

/** The series of `report`, oldest first, its predecessors read from `folder`. */
export async function seriesFromFolder(report: Report, folder: string): Promise<ReportSnapshot[]> {
  const history = await keyFigureHistory(
    (id) => (id === report.id ? Promise.resolve(report) : loadFrom(folder, id)),
    report.id
  )
  return history.reports
}
