/**
 * What went wrong with the library's files this session, for the library view: each problem names the file, where
 * the damaged file was moved, and the newest backup that can be restored. Reports with a problem are unavailable
 * (hidden from the list) until a save or a restored backup brings them back.
 */
import { relative } from 'node:path'
import type { LibraryProblem } from '../../shared/contract'
import type { BackupStore } from './backups'

export class ProblemLog {
  /** Listed reports whose file is gone or was moved aside. */
  readonly unavailable = new Set<string>()
  private problems: LibraryProblem[] = []

  constructor(
    private readonly dataDir: string,
    private readonly backups: BackupStore
  ) {}

  /** A path inside the data folder as shown to the user: relative, with forward slashes. */
  rel(path: string): string {
    return relative(this.dataDir, path).split('\\').join('/')
  }

  /** The problem recorded for a report, if any. */
  kindOf(id: string): LibraryProblem['kind'] | undefined {
    return this.problems.find((problem) => problem.reportId === id)?.kind
  }

  list(): LibraryProblem[] {
    return [...this.problems]
  }

  /** Records a problem; a newer problem of the same report replaces the older one. */
  add(problem: LibraryProblem): void {
    const clean = Object.fromEntries(Object.entries(problem).filter(([, value]) => value !== undefined))
    const others = this.problems.filter((known) => !(problem.reportId && known.reportId === problem.reportId))
    this.problems = [...others, clean as unknown as LibraryProblem]
  }

  /** A report that cannot be opened from its file: hidden from the list, its newest valid backup offered. */
  async reportUnavailable(
    id: string,
    file: string,
    kind: 'invalid_json' | 'invalid_schema' | 'missing_file' | 'unreadable' | 'too_large' | 'not_a_file',
    movedTo?: string
  ): Promise<void> {
    this.unavailable.add(id)
    const backup = await this.backups.newestValid(id).catch(() => undefined)
    this.add({ file: this.rel(file), kind, reportId: id, movedTo, backupId: backup?.backupId })
  }

  /** The report has a good file again (saved, restored) or is gone for good (deleted). */
  resolved(id: string): void {
    this.unavailable.delete(id)
    this.problems = this.problems.filter((problem) => problem.reportId !== id)
  }
}
