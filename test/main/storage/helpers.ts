/** Shared set-up for storage tests: a data folder on an awkward path, a clock, fixtures, fake dialogs, faulty fs. */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ServiceDeps } from '../../../src/main/services/deps'
import { reportServices, type StorageDeps } from '../../../src/main/services/reports'
import { realFs, type FsPort } from '../../../src/main/storage/fs-port'
import { reportSchema, type Report } from '../../../src/shared/model'

export const FIXTURES = join(__dirname, '../../fixtures/storage')

/** A fresh data folder whose path has spaces and Finnish letters, like C:\Users\Mäki-Ääkkönen\…. */
export async function makeDataDir(): Promise<{ dataDir: string; cleanup: () => Promise<void> }> {
  const base = await mkdtemp(join(tmpdir(), 'tilannekuva-'))
  const dataDir = join(base, 'Mäki-Ääkkönen Ö', 'data dir')
  return { dataDir, cleanup: () => rm(base, { recursive: true, force: true }) }
}

export async function fixtureText(name: string): Promise<Buffer> {
  return readFile(join(FIXTURES, name))
}

/** The valid version 2 fixture as a report. */
export async function fixtureReport(): Promise<Report> {
  return reportSchema.parse(JSON.parse((await fixtureText('report-v2.json')).toString('utf8')))
}

/** A clock the test moves by hand. */
export function manualClock(start = '2026-03-02T08:00:00.000Z'): {
  now: () => Date
  advance: (ms: number) => void
} {
  let time = new Date(start).getTime()
  return { now: () => new Date(time), advance: (ms) => (time += ms) }
}

export interface DialogAnswers {
  open: string | null
  save: string | null
}

/** Service deps for a data folder; dialogs answer from `answers`. */
export function depsFor(
  dataDir: string,
  extra: Partial<StorageDeps> = {},
  answers: DialogAnswers = { open: null, save: null }
): StorageDeps {
  const deps: ServiceDeps = {
    dataDir,
    appVersion: '0.0.0-test',
    resourcesDir: join(__dirname, '../../../resources'),
    platform: process.platform,
    dialogs: { open: async () => answers.open, save: async () => answers.save },
    shell: {
      showItemInFolder: () => undefined,
      openPath: async () => undefined,
      openExternal: async () => undefined
    }
  }
  return { ...deps, ...extra }
}

export async function open(dataDir: string, extra: Partial<StorageDeps> = {}, answers?: DialogAnswers) {
  return reportServices(depsFor(dataDir, extra, answers))
}

/** Creates a report through the storage context, as reports.create does. */
export async function insert(
  context: Awaited<ReturnType<typeof open>>['context'],
  patch: Partial<Report> = {}
): Promise<Report> {
  const report = await fixtureReport()
  return context.insertReport({ ...report, ...patch })
}

function fault(code: string): Error {
  return Object.assign(new Error(`${code}: injected`), { code })
}

/**
 * An fs whose write-side operations (open for writing, write, fsync, rename) fail with `code` from the
 * `failFrom`-th such operation on. Reads and unlink keep working, as on a full disk.
 */
export function faultyFs(code: string, failFrom: number): FsPort & { operations: () => number } {
  let count = 0
  const step = (): void => {
    count += 1
    if (count >= failFrom) throw fault(code)
  }
  return {
    ...realFs,
    operations: () => count,
    open: async (path, flags) => {
      if (flags !== 'r') step()
      const handle = await realFs.open(path, flags)
      return {
        writeFile: async (data) => {
          step()
          await handle.writeFile(data)
        },
        sync: async () => {
          if (flags !== 'r') step()
          await handle.sync()
        },
        close: () => handle.close()
      }
    },
    rename: async (from, to) => {
      step()
      await realFs.rename(from, to)
    }
  }
}
