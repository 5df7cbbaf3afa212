/**
 * Exactly one writer per data folder: a living holder (by heartbeat, on any host or pid namespace) keeps it, a
 * stale lock is taken over by exactly one of several processes starting at once, and only the owner releases it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest'
import { acquireDataLock } from '../../../src/main/storage/lock'
import { bundleForNode } from './bundle'
import { fixtureReport, makeDataDir, open } from './helpers'

let dataDir: string
let cleanup: () => Promise<void>
let work: string
let lockModule: string
const children: ChildProcess[] = []
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'tilannekuva-lock-'))
  lockModule = await bundleForNode(join(__dirname, '../../../src/main/storage/lock.ts'), work, 'lock')
}, 60_000)
afterAll(() => rm(work, { recursive: true, force: true }))
beforeEach(async () => ({ dataDir, cleanup } = await makeDataDir()))
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL')
  await cleanup()
})

const lockDir = () => join(dataDir, 'tilannekuva.lock')

/** A lock folder as another process leaves it, its heartbeat `ageMs` old. */
async function lockOf(owner: Record<string, unknown>, ageMs: number): Promise<void> {
  await rm(lockDir(), { recursive: true, force: true })
  await mkdir(lockDir(), { recursive: true })
  await writeFile(
    join(lockDir(), 'owner.json'),
    JSON.stringify({ since: '2026-01-01T00:00:00Z', token: 't', ...owner })
  )
  const then = new Date(Date.now() - ageMs)
  await utimes(lockDir(), then, then)
}

/** A child process that takes the lock when told to ("go") and then says whether it got it. */
async function contender(): Promise<{
  child: ChildProcess
  result: Promise<{ acquired: boolean; pid: number }>
}> {
  const script = join(work, 'contender.mjs')
  await writeFile(
    script,
    `import { createInterface } from 'node:readline'
import { acquireDataLock } from ${JSON.stringify(lockModule)}
process.stdout.write('ready\\n')
for await (const line of createInterface({ input: process.stdin })) {
  if (line !== 'go') continue
  const lock = await acquireDataLock(process.argv[2])
  process.stdout.write(JSON.stringify({ acquired: lock.acquired, pid: process.pid }) + '\\n')
}
`
  )
  const child = spawn(process.execPath, [script, dataDir], { stdio: ['pipe', 'pipe', 'inherit'] })
  children.push(child)
  const lines: string[] = []
  let wake: () => void = () => undefined
  child.stdout?.setEncoding('utf8').on('data', (text: string) => {
    lines.push(...text.split('\n').filter(Boolean))
    wake()
  })
  const next = async (): Promise<string> => {
    while (lines.length === 0) await new Promise<void>((resolve) => (wake = resolve))
    return lines.shift() as string
  }
  expect(await next()).toBe('ready')
  return { child, result: next().then((line) => JSON.parse(line) as { acquired: boolean; pid: number }) }
}

it('3 processes × 30 starts over a stale lock: exactly one writer each time', async () => {
  for (let round = 0; round < 30; round += 1) {
    await lockOf({ host: 'toinen-kone', pid: 4242 }, 60_000)
    const racers = await Promise.all([contender(), contender(), contender()])
    for (const racer of racers) racer.child.stdin?.write('go\n')
    const results = await Promise.all(racers.map((racer) => racer.result))
    const writers = results.filter((result) => result.acquired)
    expect(writers, `round ${round}`).toHaveLength(1)
    const owner = JSON.parse(await readFile(join(lockDir(), 'owner.json'), 'utf8')) as {
      pid: number
      host: string
    }
    expect(owner).toMatchObject({ pid: writers[0]?.pid, host: hostname() })
    for (const racer of racers) racer.child.kill('SIGKILL')
    children.splice(0)
  }
}, 600_000)

it('a living holder keeps the folder: the next start opens read-only, saying another window has it', async () => {
  const first = await open(dataDir)
  const report = await first.context.insertReport(await fixtureReport())
  await first.context.close()
  const holder = await contender()
  holder.child.stdin?.write('go\n')
  expect((await holder.result).acquired).toBe(true)

  const { services, context } = await open(dataDir)
  expect(context.readOnly).toBe(true)
  expect(await services['reports.get']({ id: report.id })).toMatchObject({
    readOnly: true,
    readOnlyReason: 'locked'
  })
  await expect(services['reports.save']({ report, baseRevision: 1 })).rejects.toMatchObject({
    code: 'read_only'
  })
  await expect(services['settings.update']({ uiLanguage: 'en' })).rejects.toMatchObject({ code: 'read_only' })
  await expect(context.insertReport(report)).rejects.toMatchObject({ code: 'read_only' })
  await context.close()
  // Closing the read-only window leaves the holder's lock alone.
  expect(JSON.parse(await readFile(join(lockDir(), 'owner.json'), 'utf8'))).toMatchObject({
    pid: holder.child.pid
  })
})

it('a fresh lock of a pid it cannot see (another host or pid namespace) is not taken over', async () => {
  await lockOf({ host: 'toinen-kone', pid: 999_999 }, 0)
  expect((await acquireDataLock(dataDir)).acquired).toBe(false)
  await lockOf({ host: hostname(), pid: 999_999, pidNamespace: 'pid:[1]' }, 0)
  expect((await acquireDataLock(dataDir)).acquired).toBe(false)
})

it('takes over a lock without a heartbeat, and logs it', async () => {
  await lockOf({ host: 'toinen-kone', pid: 4242 }, 60_000)
  const log = vi.fn()
  const lock = await acquireDataLock(dataDir, { log })
  expect(lock.acquired).toBe(true)
  expect(log).toHaveBeenCalledWith(expect.stringMatching(/took over .*toinen-kone pid 4242/))
  await lock.release()
  expect(await readdir(dataDir)).toEqual([])
})

it('takes over a lock file left by an earlier version whose process is gone', async () => {
  await mkdir(dataDir, { recursive: true })
  await writeFile(lockDir(), JSON.stringify({ pid: 999_999 }))
  const lock = await acquireDataLock(dataDir)
  expect(lock.acquired).toBe(true)
  await lock.release()
})

it('keeps the lock fresh with a heartbeat', async () => {
  await mkdir(dataDir, { recursive: true })
  const lock = await acquireDataLock(dataDir, { heartbeatMs: 1000 })
  const before = (await stat(lockDir())).mtimeMs
  await vi.waitFor(async () => expect((await stat(lockDir())).mtimeMs).toBeGreaterThan(before), {
    timeout: 10_000,
    interval: 200
  })
  await lock.release()
})

it('releasing never deletes a lock another process has taken over meanwhile', async () => {
  await mkdir(dataDir, { recursive: true })
  const lock = await acquireDataLock(dataDir)
  expect(lock.acquired).toBe(true)
  // Our process stalled; another one judged our lock stale and took it.
  await lockOf({ host: 'toinen-kone', pid: 4242, token: 'theirs' }, 0)
  await lock.release()
  expect(JSON.parse(await readFile(join(lockDir(), 'owner.json'), 'utf8'))).toMatchObject({ token: 'theirs' })
})
