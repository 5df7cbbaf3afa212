/**
 * Files the system asks the app to open: a contribution file double-clicked (file association) arrives in the
 * command line at start, in a second instance's command line, or (macOS) as an `open-file` event. They wait here
 * until the window asks for them (contributions.openPending), so a file given before the window is ready is not lost.
 */
export const CONTRIBUTION_SUFFIX = '.tilannekuva-osuus.json'

/** The contribution files named in a command line (never options: those start with a dash). */
export function contributionFiles(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(CONTRIBUTION_SUFFIX))
}

export class OpenedFiles {
  private paths: string[] = []

  add(paths: readonly string[]): boolean {
    this.paths.push(...paths)
    return paths.length > 0
  }

  /** Hands out the waiting files once. */
  take = (): string[] => this.paths.splice(0)
}
