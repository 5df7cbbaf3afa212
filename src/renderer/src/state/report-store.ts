/**
 * The open report in the renderer and its autosave. Every change goes through `update`; a save follows at most
 * `debounceMs` after the last change, and `flush()` saves at once (blur, section switch, close, Ctrl+S).
 * A failed save keeps the edit in memory, says why, and retries — except when retrying cannot help
 * (a newer version on disk, read-only data): then the user is told and nothing is overwritten.
 *
 * The store holds two reports: the one the screen shows (whatever was typed) and the one the disk gets — the same
 * object while every field is valid; otherwise each refused field keeps its last valid value there (keep-valid.ts).
 * A field over its cap or a half-typed date therefore never stops the rest of the report from being saved.
 *
 * A draft (the notes editor) keeps its text to itself while the user types and tells the store only that it
 * changed (`draftChanged`); the store pulls it in (`commitDrafts`) on the autosave debounce, on every flush and
 * whenever anyone reads the report — so a keystroke never serialises the document, and no reader sees stale text.
 */
import type { ErrorCode, Result, SaveResult } from '../../../shared/contract'
import { reportSchema, type Report } from '../../../shared/model'
import { heldBackFields, type HeldBackField } from './held-back'
import { keepValid } from './keep-valid'

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; code: ErrorCode; retrying: boolean }

export type SaveFn = (input: { report: Report; baseRevision: number }) => Promise<Result<SaveResult>>

/** Errors after which a retry would only fail again or overwrite newer work. */
const FINAL_ERRORS: ReadonlySet<ErrorCode> = new Set([
  'stale_revision',
  'read_only',
  'newer_version',
  'bad_request'
])
const RETRY_DELAYS_MS = [1000, 2000, 5000, 10000, 30000]

export class ReportStore {
  private report: Report
  /** What the disk gets: `report` with each refused field at its last valid value (=== report when none is). */
  private savable: Report
  private saveState: SaveState
  private listeners = new Set<() => void>()
  private timer: ReturnType<typeof setTimeout> | undefined
  private inFlight: Promise<void> | undefined
  private dirty = false
  private attempts = 0
  /** Each open draft's commit, which writes its pending text into the report through `update`. */
  private drafts = new Set<() => void>()
  private draftPending = false
  /** Set while drafts commit inside a read: listeners hear of the change after the read, not during it. */
  private deferEmit = false
  private emitQueued = false

  constructor(
    initial: Report,
    private readonly save: SaveFn,
    readonly readOnly = false,
    private readonly debounceMs = 500
  ) {
    this.report = initial
    this.savable = initial
    this.saveState = { kind: 'saved', at: initial.updatedAt }
  }

  /** The report as the screen shows it, including text that is not valid (yet). */
  getReport = (): Report => {
    this.commitDrafts()
    return this.report
  }
  /** The report as it is (or will be) saved. */
  getSavableReport = (): Report => {
    this.commitDrafts()
    return this.savable
  }
  getSaveState = (): SaveState => this.saveState

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Applies a change to the report and schedules a save. */
  update = (change: (report: Report) => Report): void => {
    if (this.readOnly) return
    const next = change(this.report)
    if (next === this.report) return
    const savable = keepValid(reportSchema, this.savable, this.report, next)
    this.report = next
    if (savable === this.savable) {
      // Only a refused field changed: nothing new for the disk, but the screen (and its error) must follow.
      this.emit()
      return
    }
    this.savable = savable
    this.dirty = true
    // Keep the same state object while typing, so the save indicator does not re-render on every keystroke; and
    // keep a final failure (newer work on disk) on screen: typing on must not hide why nothing is being saved.
    const keep = this.saveState.kind === 'saving' || this.saveState.kind === 'pending' || this.isBlocked()
    if (keep) this.emit()
    else this.setSaveState({ kind: 'pending' })
    this.schedule(this.debounceMs)
  }

  /**
   * Registers a draft's commit (it calls `update` with its pending text, or does nothing when it has none).
   * Returns the unregister function; a draft commits itself before it goes.
   */
  addDraft = (commit: () => void): (() => void) => {
    this.drafts.add(commit)
    return () => void this.drafts.delete(commit)
  }

  /** A draft has text the report does not have yet: mark the report unsaved and (re)start the autosave wait. */
  draftChanged = (): void => {
    if (this.readOnly) return
    // Same rule as `update`: the save state changes (and listeners run) only on the first key after a save.
    const keep = this.saveState.kind === 'saving' || this.saveState.kind === 'pending' || this.isBlocked()
    if (!keep) this.setSaveState({ kind: 'pending' })
    this.draftPending = true
    this.schedule(this.debounceMs)
  }

  /** Writes every draft's pending text into the report now. Cheap when nothing is pending. */
  commitDrafts = (): void => {
    if (!this.draftPending) return
    this.draftPending = false
    const outer = this.deferEmit
    this.deferEmit = true
    try {
      for (const commit of this.drafts) commit()
    } finally {
      this.deferEmit = outer
    }
  }

  /** Saves now if anything is unsaved, and waits until the disk has it (or the save failed). */
  flush = async (): Promise<void> => {
    this.commitDrafts()
    this.clearTimer()
    if (this.inFlight) await this.inFlight
    // Typed while that save was on its way.
    this.commitDrafts()
    if (this.dirty && !this.isBlocked()) await this.runSave()
  }

  /** True while there are changes the disk does not have: unsaved edits, or fields held back as invalid. */
  hasUnsavedChanges = (): boolean => {
    this.commitDrafts()
    return this.dirty || this.report !== this.savable
  }

  /** The fields whose text on screen is not what is saved, because the model refuses it. */
  heldBack = (): HeldBackField[] => {
    this.commitDrafts()
    return this.report === this.savable ? [] : heldBackFields(this.report, this.savable)
  }

  dispose(): void {
    this.clearTimer()
    this.listeners.clear()
    this.drafts.clear()
  }

  private isBlocked(): boolean {
    return this.saveState.kind === 'failed' && !this.saveState.retrying
  }

  private schedule(delay: number): void {
    this.clearTimer()
    if (this.isBlocked()) return
    this.timer = setTimeout(() => void this.flush(), delay)
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer)
    this.timer = undefined
  }

  private runSave(): Promise<void> {
    const snapshot = this.savable
    this.dirty = false
    this.setSaveState({ kind: 'saving' })
    this.inFlight = this.save({ report: snapshot, baseRevision: snapshot.revision })
      .then((result) => this.afterSave(snapshot, result))
      .finally(() => {
        this.inFlight = undefined
      })
    return this.inFlight
  }

  private afterSave(snapshot: Report, result: Result<SaveResult>): void {
    if (result.ok) {
      this.attempts = 0
      const { revision, updatedAt } = result.value
      // Edits made while saving are kept; only the stored revision moves on.
      const unchanged = this.savable === snapshot
      const stamp = (report: Report): Report => ({
        ...report,
        revision,
        updatedAt: unchanged ? updatedAt : report.updatedAt
      })
      const allValid = this.report === this.savable
      this.savable = stamp(this.savable)
      this.report = allValid ? this.savable : stamp(this.report)
      if (this.dirty) {
        this.setSaveState({ kind: 'pending' })
        this.schedule(this.debounceMs)
      } else {
        this.setSaveState({ kind: 'saved', at: updatedAt })
      }
      return
    }
    this.dirty = true
    const retrying = !FINAL_ERRORS.has(result.error.code)
    this.setSaveState({ kind: 'failed', code: result.error.code, retrying })
    if (retrying) {
      const delay = RETRY_DELAYS_MS[Math.min(this.attempts, RETRY_DELAYS_MS.length - 1)] ?? 30000
      this.attempts += 1
      this.schedule(delay)
    }
  }

  private setSaveState(state: SaveState): void {
    this.saveState = state
    this.emit()
  }

  private emit(): void {
    if (this.deferEmit) {
      // A read (often React's getSnapshot, during render) pulled a draft in: tell listeners once it is over.
      if (!this.emitQueued) {
        this.emitQueued = true
        queueMicrotask(() => {
          this.emitQueued = false
          this.emit()
        })
      }
      return
    }
    for (const listener of this.listeners) listener()
  }
}
