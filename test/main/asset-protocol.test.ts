/** tk-asset:// serves exactly the data folder's images, as images, and nothing else on the disk. */
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createAssetProtocolHandler } from '../../src/main/asset-protocol'
import { CONTENT_SECURITY_POLICY } from '../../src/main/protocol'
import { isAllowedRequest } from '../../src/main/window'
import { imageFixture } from '../support/images'

vi.mock('electron', async () => (await import('../support/electron-mock')).createElectronMock())

let base: string
let assets: string
const A = 'a'.repeat(64)
const B = 'b'.repeat(64)

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'tilannekuva-assets-'))
  assets = join(base, 'assets')
  await mkdir(assets)
  await writeFile(join(assets, `${A}.png`), imageFixture('chart.png'))
  await writeFile(join(base, 'secret.json'), '{"title":"salainen"}')
  await symlink(join(base, 'secret.json'), join(assets, `${B}.png`))
})
afterAll(() => rm(base, { recursive: true, force: true }))

const get = (url: string, method = 'GET') => createAssetProtocolHandler(assets)(new Request(url, { method }))

describe('tk-asset:// protocol', () => {
  it('serves a stored image as an image, with nosniff', async () => {
    const response = await get(`tk-asset://images/${A}.png`)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('image/png')
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(Buffer.from(await response.arrayBuffer())).toEqual(imageFixture('chart.png'))
  })

  it.each([
    `tk-asset://images/../secret.json`,
    `tk-asset://images/%2e%2e/secret.json`,
    `tk-asset://images/..%2fsecret.json`,
    `tk-asset://images/${A}.png%00.js`,
    `tk-asset://images/${A}.PNG`,
    `tk-asset://images/${A}.png?x=1`,
    `tk-asset://other/${A}.png`,
    `tk-asset://images/sub/${A}.png`,
    `app://tilannekuva/${A}.png`
  ])('refuses %s', async (url) => {
    expect((await get(url)).status).toBe(403)
  })

  it('refuses a link that leads out of the folder, a missing image, and anything but GET/HEAD', async () => {
    expect((await get(`tk-asset://images/${B}.png`)).status).toBe(404)
    expect((await get(`tk-asset://images/${'c'.repeat(64)}.jpg`)).status).toBe(404)
    expect((await get(`tk-asset://images/${A}.png`, 'DELETE')).status).toBe(405)
  })

  it('is allowed by the CSP for images only, and by the network guard', () => {
    const directives = CONTENT_SECURITY_POLICY.split('; ')
    expect(directives.filter((d) => d.includes('tk-asset:'))).toEqual([
      "img-src 'self' data: blob: tk-asset:"
    ])
    expect(isAllowedRequest(`tk-asset://images/${A}.png`)).toBe(true)
    expect(isAllowedRequest(`tk-asset://images/../x`)).toBe(false)
  })
})
