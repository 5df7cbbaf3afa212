/**
 * Small pure helpers of the app's start-up and shutdown, kept out of index.ts so they are tested without Electron.
 */
import type { Language } from '../shared/model'

/** The UI language before settings can be read (a start-up error): the OS locale if we speak it, else Finnish. */
export function languageFromLocale(locale: string): Language {
  const primary = locale.toLowerCase().split(/[-_]/)[0]
  return primary === 'sv' || primary === 'en' ? primary : 'fi'
}

/**
 * Where the data lives: `--data-dir <dir>` or `--data-dir=<dir>` on the command line, else the
 * TILANNEKUVA_DATA_DIR environment variable, else Electron's per-user folder.
 */
export function resolveDataDir(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  userData: string
): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg.startsWith('--data-dir=') && arg.length > '--data-dir='.length)
      return arg.slice('--data-dir='.length)
    const next = argv[i + 1]
    if (arg === '--data-dir' && next && !next.startsWith('--')) return next
  }
  const fromEnv = env.TILANNEKUVA_DATA_DIR?.trim()
  return fromEnv ? fromEnv : userData
}

/** Resolves when `work` settles or after `ms`, whichever is first; never rejects (shutdown must go on). */
export async function settleWithin(
  work: Promise<unknown>,
  ms: number
): Promise<'done' | 'failed' | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms)
  })
  try {
    return await Promise.race([
      work.then(
        () => 'done' as const,
        () => 'failed' as const
      ),
      timeout
    ])
  } finally {
    clearTimeout(timer)
  }
}
