import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, createAppProtocolHandler, resolveAppPath } from '../../src/main/protocol'

let base: string
let root: string

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'tilannekuva-protocol-'))
  root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Tilannekuva</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(base, 'secret.txt'), 'salainen')
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'))
})
afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

const get = (url: string) => createAppProtocolHandler(root)(new Request(url))

describe('app:// protocol', () => {
  it('serves the renderer with its CSP header and MIME type', async () => {
    const response = await get('app://tilannekuva/index.html')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>Tilannekuva</title>')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect((await get('app://tilannekuva/')).status).toBe(200)
    const script = await get('app://tilannekuva/assets/app.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it.each(['app://tilannekuva/../secret.txt', 'app://tilannekuva/%2e%2e/secret.txt'])(
    'keeps dot segments at the root of the renderer folder: %s',
    async (url) => {
      // The URL parser collapses them before the handler sees them: the lookup stays inside the folder.
      const response = await get(url)
      expect(response.status).toBe(404)
      expect(await response.text()).not.toContain('salainen')
    }
  )

  it.each([
    'app://tilannekuva/assets/..%2f..%2fsecret.txt',
    'app://tilannekuva/..%5csecret.txt',
    'app://tilannekuva/assets%2f..%2f..%2fsecret.txt',
    'app://tilannekuva/index.html%00.js',
    'app://tilannekuva/%E0%A4%A',
    'app://other-host/index.html',
    'file:///etc/passwd'
  ])('refuses path traversal and foreign URLs: %s', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(403)
    expect(await response.text()).not.toContain('salainen')
  })

  it('refuses a symlink that leads out of the renderer folder', async () => {
    const response = await get('app://tilannekuva/assets/link.txt')
    expect(response.status).toBe(403)
    expect(await response.text()).not.toContain('salainen')
  })

  it('answers 404 for a missing file and 405 for writes', async () => {
    expect((await get('app://tilannekuva/missing.js')).status).toBe(404)
    const post = await createAppProtocolHandler(root)(
      new Request('app://tilannekuva/index.html', { method: 'POST', body: 'x' })
    )
    expect(post.status).toBe(405)
  })

  it('maps URLs only to paths inside the root', () => {
    expect(resolveAppPath(root, 'app://tilannekuva/assets/app.js')).toBe(join(root, 'assets', 'app.js'))
    expect(resolveAppPath(root, 'app://tilannekuva/../../etc/passwd')).toBe(join(root, 'etc', 'passwd'))
    expect(resolveAppPath(root, 'app://tilannekuva/a/..%2f..%2fx')).toBeNull()
  })
})
