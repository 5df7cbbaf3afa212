/** Two processes on one data folder: the second opens read-only; a lock left by a dead process is taken over. */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { acquireDataLock } from '../../../src/main/storage/lock'
import { fixtureReport, makeDataDir, open } from './helpers'

let dataDir: string
let cleanup: () => Promise<void>
let other: ChildProcess | undefined
beforeEach(async () => ({ dataDir, cleanup } = await makeDataDir()))
afterEach(async () => {
  other?.kill('SIGKILL')
  await cleanup()
})

/** Another living process, and a lock file in its name. */
async function lockedByAnotherProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
  await mkdir(dataDir, { recursive: true })
  await writeFile(join(dataDir, 'tilannekuva.lock'), JSON.stringify({ pid: child.pid }))
  return child
}

it('opens read-only when another process holds the folder, refusing every write', async () => {
  const first = await open(dataDir)
  const report = await first.context.insertReport(await fixtureReport())
  await first.context.close()
  other = await lockedByAnotherProcess()

  const { services, context } = await open(dataDir)
  expect(context.readOnly).toBe(true)
  const opened = await services['reports.get']({ id: report.id })
  expect(opened).toMatchObject({ readOnly: true, readOnlyReason: 'locked' })
  await expect(services['reports.save']({ report, baseRevision: 1 })).rejects.toMatchObject({
    code: 'read_only'
  })
  await expect(services['reports.delete']({ id: report.id })).rejects.toMatchObject({ code: 'read_only' })
  await expect(services['settings.update']({ uiLanguage: 'en' })).rejects.toMatchObject({ code: 'read_only' })
  await expect(context.insertReport(report)).rejects.toMatchObject({ code: 'read_only' })
  await context.close()
})

it('takes over a lock whose process is gone', async () => {
  other = await lockedByAnotherProcess()
  const exited = new Promise((resolve) => other?.once('exit', resolve))
  other.kill('SIGKILL')
  await exited
  const lock = await acquireDataLock(dataDir)
  expect(lock.acquired).toBe(true)
  const { context } = await open(dataDir)
  // The same process may open its own folder again (the shell and the services share it).
  expect(context.readOnly).toBe(false)
  await context.close()
  await lock.release()
})
