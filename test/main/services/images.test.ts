/** images.add over a real data folder: content-addressed files, checked in main, nothing stored on a refusal. */
import { readdir, readFile } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { imageServices } from '../../../src/main/services/images'
import { dispatch } from '../../../src/main/dispatch'
import type { Services } from '../../../src/shared/contract'
import { imageFixture } from '../../support/images'
import { makeDataDir, open } from '../storage/helpers'

let dataDir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dataDir, cleanup } = await makeDataDir()))
afterEach(() => cleanup())

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

describe('images.add', () => {
  it('stores the image as assets/<sha256>.<ext> and answers its name and size; the same bytes twice are one file', async () => {
    const { context } = await open(dataDir)
    const images = imageServices(context)
    const png = imageFixture('chart.png')
    const added = await images['images.add']({ data: png.toString('base64') })
    expect(added).toEqual({ asset: `${sha(png)}.png`, width: 480, height: 270 })
    const again = await images['images.add']({ data: png.toString('base64') })
    expect(again.asset).toBe(added.asset)
    const jpg = await images['images.add']({ data: imageFixture('whiteboard.jpg').toString('base64') })
    expect(jpg.asset).toMatch(/^[0-9a-f]{64}\.jpg$/)
    expect((await readdir(join(dataDir, 'assets'))).sort()).toEqual([added.asset, jpg.asset].sort())
    expect(await readFile(join(dataDir, 'assets', added.asset))).toEqual(png)
    await context.close()
  })

  it('through dispatch: a 0-byte, corrupt or oversized image is refused with invalid_image and nothing is written', async () => {
    const { context } = await open(dataDir)
    const services = imageServices(context) as unknown as Services
    for (const [bytes, detail] of [
      [imageFixture('empty.png'), 'empty'],
      [Buffer.from('not an image at all'), 'not_png_or_jpeg'],
      [imageFixture('photo-6000.jpg'), 'too_big']
    ] as const) {
      const result = await dispatch(services, 'images.add', { data: bytes.toString('base64') })
      expect(result).toEqual({ ok: false, error: { code: 'invalid_image', detail } })
    }
    const notBase64 = await dispatch(services, 'images.add', { data: 'file:///C:/clip_image001.png' })
    expect(notBase64).toMatchObject({ ok: false, error: { code: 'bad_request' } })
    expect(await readdir(join(dataDir, 'assets')).catch(() => [])).toEqual([])
    await context.close()
  })

  it('refuses to write in a read-only data folder', async () => {
    const { context } = await open(dataDir, { readOnly: true })
    const images = imageServices(context)
    await expect(
      images['images.add']({ data: imageFixture('chart.png').toString('base64') })
    ).rejects.toMatchObject({ code: 'read_only' })
    await context.close()
  })
})
