/**
 * What the storage layer offers the other services (templates, export, app). Implemented in storage/library.ts.
 */
import type { FolderReadOnlyReason } from '../../shared/contract'
import type { Report, Settings, Template } from '../../shared/model'

export interface StorageContext {
  readonly dataDir: string
  /** True when the data folder cannot be written (another process holds it, full disk, read-only): `read_only`. */
  readonly readOnly: boolean
  readonly readOnlyReason?: FolderReadOnlyReason
  /** Loads and validates a report from its file (the source of truth). Throws ServiceError not_found / corrupt_file. */
  loadReport(id: string): Promise<Report>
  /** Writes a brand-new report (revision 0 → 1) and lists it in the index. Returns it as stored. */
  insertReport(report: Report): Promise<Report>
  getSettings(): Settings
  updateSettings(patch: Partial<Settings>): Promise<Settings>
  /** User templates on disk (templates/<id>.json); built-ins are not stored. */
  listUserTemplates(): Promise<Template[]>
  saveUserTemplate(template: Template): Promise<Template>
  deleteUserTemplate(id: string): Promise<void>
  /** Writes any file durably (temp, fsync, rename, fsync dir). */
  writeFileDurable(path: string, data: string | Uint8Array): Promise<void>
  /** Waits for queued writes (before quit), bounded by `timeoutMs`. */
  flush(timeoutMs?: number): Promise<void>
  close(): Promise<void>
}
