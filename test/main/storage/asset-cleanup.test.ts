/** Unused images go only when no report, trash entry or backup names them, and never while new or in use. */
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Library } from '../../../src/main/storage/library'
import { compactTimestamp, layoutOf } from '../../../src/main/storage/paths'
import { imageFixture } from '../../support/images'
import { makeDataDir } from './helpers'

let dataDir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dataDir, cleanup } = await makeDataDir()))
afterEach(() => cleanup())

const name = (c: string) => `${c.repeat(64)}.png`
const ref = (asset: string) => JSON.stringify({ notes: { content: [{ type: 'image', attrs: { asset } }] } })
const DAY = 86_400_000

async function seed(): Promise<void> {
  const layout = layoutOf(dataDir)
  for (const folder of [layout.assets, layout.reports, layout.trash, join(layout.backups, 'r1')]) {
    await mkdir(folder, { recursive: true })
  }
  const old = new Date(Date.now() - 30 * DAY)
  for (const c of ['a', 'b', 'c', 'd', 'e']) {
    await writeFile(join(layout.assets, name(c)), imageFixture('chart.png'))
    if (c !== 'e') await utimes(join(layout.assets, name(c)), old, old)
  }
  // a: in a report, b: only in the trash, c: only in a backup, d: nowhere (old), e: nowhere but new.
  await writeFile(join(layout.reports, 'r1.json'), ref(name('a')))
  const yesterday = compactTimestamp(new Date(Date.now() - DAY))
  await writeFile(join(layout.trash, `r2.${yesterday}.json`), ref(name('b')))
  await writeFile(join(layout.backups, 'r1', `${yesterday}-r3.json`), ref(name('c')))
}

describe('removing unused images', () => {
  it('keeps what a report, the trash or a backup names, and new images; removes the rest', async () => {
    await seed()
    const library = await Library.open({ dataDir })
    await library.startAssetCleanup()
    expect((await readdir(join(dataDir, 'assets'))).sort()).toEqual(['a', 'b', 'c', 'e'].map(name))
    await library.close()
  })

  it('keeps an old unreferenced image that was added again in this session', async () => {
    await seed()
    const library = await Library.open({ dataDir })
    await library.startAssetCleanup()
    await writeFile(join(dataDir, 'assets', name('d')), imageFixture('chart.png'))
    await utimes(join(dataDir, 'assets', name('d')), new Date(0), new Date(0))
    library.assets.touched.add(name('d'))
    await library.startAssetCleanup()
    expect(await readdir(join(dataDir, 'assets'))).toContain(name('d'))
    await library.close()
  })
})
