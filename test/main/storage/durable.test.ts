import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DurableWriter, writeFileDurable } from '../../../src/main/storage/durable'
import { realFs, type FsPort } from '../../../src/main/storage/fs-port'
import { faultyFs, makeDataDir } from './helpers'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => {
  ;({ dataDir: dir, cleanup } = await makeDataDir())
  await mkdir(dir, { recursive: true })
})
afterEach(() => cleanup())

describe('writeFileDurable', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const target = join(dir, 'raportti.json')
    await writeFile(target, 'old')
    await writeFileDurable(target, 'new content ä')
    expect(await readFile(target, 'utf8')).toBe('new content ä')
    expect(await readdir(dir)).toEqual(['raportti.json'])
  })

  it('fsyncs the file and the folder', async () => {
    const synced: string[] = []
    const spy: FsPort = {
      ...realFs,
      open: async (path, flags) => {
        const handle = await realFs.open(path, flags)
        return {
          ...handle,
          writeFile: (d) => handle.writeFile(d),
          close: () => handle.close(),
          sync: async () => {
            synced.push(flags === 'r' ? 'folder' : 'file')
            await handle.sync()
          }
        }
      }
    }
    await writeFileDurable(join(dir, 'a.json'), 'x', { fs: spy, platform: 'linux' })
    expect(synced).toEqual(['file', 'folder'])
  })

  it('retries a rename that Windows refuses while the target is briefly held', async () => {
    let refusals = 2
    const busy: FsPort = {
      ...realFs,
      rename: async (from, to) => {
        if (refusals-- > 0) throw Object.assign(new Error('busy'), { code: 'EBUSY' })
        await realFs.rename(from, to)
      }
    }
    const target = join(dir, 'a.json')
    await writeFileDurable(target, 'saved', { fs: busy, platform: 'win32', sleep: async () => undefined })
    expect(await readFile(target, 'utf8')).toBe('saved')
  })

  it('does not retry EBUSY off Windows, and cleans the temp file', async () => {
    const busy: FsPort = {
      ...realFs,
      rename: async () => Promise.reject(Object.assign(new Error('b'), { code: 'EBUSY' }))
    }
    await expect(
      writeFileDurable(join(dir, 'a.json'), 'x', { fs: busy, platform: 'linux' })
    ).rejects.toMatchObject({ code: 'EBUSY' })
    expect(await readdir(dir)).toEqual([])
  })

  for (const code of ['ENOSPC', 'EIO']) {
    it(`never damages the file when ${code} strikes after any number of operations`, async () => {
      const target = join(dir, 'raportti.json')
      const before = JSON.stringify({ revision: 1, text: 'vanha'.repeat(1000) })
      const after = JSON.stringify({ revision: 2, text: 'uusi'.repeat(1000) })
      for (let failFrom = 1; failFrom <= 6; failFrom += 1) {
        await writeFile(target, before)
        const fs = faultyFs(code, failFrom)
        const outcome = await writeFileDurable(target, after, { fs, platform: 'linux' }).then(
          () => 'written',
          (error: { code?: string }) => error.code
        )
        const onDisk = await readFile(target, 'utf8')
        // Either the write failed and the old file is whole, or it finished (the fault came after the last step).
        if (outcome === 'written') expect(onDisk).toBe(after)
        else {
          expect(outcome).toBe(code)
          // A fault on the folder fsync comes after the rename: the new content is already whole.
          expect([before, after]).toContain(onDisk)
        }
        expect(await readdir(dir)).toEqual(['raportti.json'])
      }
    })
  }
})

describe('DurableWriter', () => {
  it('lets later data replace data queued behind a running write', async () => {
    let writes = 0
    const counting: FsPort = {
      ...realFs,
      rename: async (from, to) => {
        writes += 1
        await realFs.rename(from, to)
      }
    }
    const writer = new DurableWriter({ fs: counting })
    const target = join(dir, 'a.json')
    const saves = Array.from({ length: 10 }, (_, i) => writer.write(target, `versio ${i}`))
    await Promise.all(saves)
    expect(await readFile(target, 'utf8')).toBe('versio 9')
    expect(writes).toBe(2)
  })

  it('rejects every waiter of a failed write and keeps working afterwards', async () => {
    const target = join(dir, 'a.json')
    await writeFile(target, 'ehjä')
    const failing = new DurableWriter({ fs: faultyFs('ENOSPC', 1) })
    await expect(failing.write(target, 'uusi')).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(await readFile(target, 'utf8')).toBe('ehjä')
    const writer = new DurableWriter()
    await writer.write(target, 'uusi')
    await writer.flush()
    expect(await readFile(target, 'utf8')).toBe('uusi')
  })
})
