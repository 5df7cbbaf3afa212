import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { contract, EVENT_CHANNEL, INVOKE_CHANNEL, type Api } from '../../src/shared/contract'

vi.mock('electron', async () => (await import('../support/electron-mock')).createElectronMock())

const { contextBridge, ipcRenderer } = await import('electron')
await import('../../src/preload/index')

const exposed = vi.mocked(contextBridge.exposeInMainWorld).mock.calls
const api = exposed[0]?.[1] as Api
type Relay = (event: unknown, name: unknown, ...args: unknown[]) => void

describe('the preload', () => {
  it('exposes exactly one global, window.api, with one method per contract operation', () => {
    expect(exposed).toHaveLength(1)
    expect(exposed[0]?.[0]).toBe('api')
    const methods = Object.entries(api)
      .filter(([namespace]) => namespace !== 'events')
      .flatMap(([namespace, group]) => Object.keys(group as object).map((method) => `${namespace}.${method}`))
    expect(methods.sort()).toEqual(Object.keys(contract).sort())
    // Nothing of Electron leaks: no ipcRenderer, no invoke/send of arbitrary channels.
    expect(Object.keys(api).sort()).toEqual(
      [...new Set(Object.keys(contract).map((name) => name.split('.')[0])), 'events'].sort()
    )
    expect(JSON.stringify(Object.keys(api.events))).toBe('["on"]')
  })

  it('sends every call over the single invoke channel', async () => {
    vi.mocked(ipcRenderer.invoke).mockResolvedValueOnce({ ok: true, value: [] })
    await expect(api.reports.list({})).resolves.toEqual({ ok: true, value: [] })
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(INVOKE_CHANNEL, 'reports.list', {})
  })

  it('turns a broken channel into a typed error result', async () => {
    vi.mocked(ipcRenderer.invoke).mockRejectedValueOnce(new Error('main process gone'))
    await expect(api.reports.get({ id: 'r1' })).resolves.toEqual({
      ok: false,
      error: { code: 'internal', detail: 'transport' }
    })
  })

  it('delivers only the subscribed event name and unsubscribes', () => {
    const on = vi.mocked(ipcRenderer.on)
    on.mockClear()
    const listener = vi.fn()
    const off = api.events.on('menu:command', listener)
    const [channel, relay] = on.mock.calls[0] as unknown as [string, Relay]
    expect(channel).toBe(EVENT_CHANNEL)
    relay({}, 'menu:command', 'save')
    relay({}, 'app:flush')
    relay({}, 'evil:event', 'x')
    expect(listener.mock.calls).toEqual([['save']])
    off()
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(EVENT_CHANNEL, relay)
    expect(() => api.events.on('evil' as never, listener)).toThrow()
  })
})

describe('the built preload bundle', () => {
  it('is CommonJS and requires nothing but electron (a sandboxed preload can require little else)', async () => {
    // Build only the preload, with the project's own config, into a temporary folder.
    const { loadConfigFromFile, PreloadConfigFactory } = await import('electron-vite')
    const { build } = await import('vite')
    const { config } = await loadConfigFromFile(
      { command: 'build', mode: 'production' },
      'electron.vite.config.ts'
    )
    const outDir = await mkdtemp(join(tmpdir(), 'tilannekuva-preload-'))
    try {
      if (!config.preload || typeof config.preload === 'function') throw new Error('no preload config')
      const factory = new PreloadConfigFactory(
        config.preload,
        { configFile: false, logLevel: 'silent', build: { outDir } },
        { outDir }
      )
      await build(await factory.build())
      const bundle = await readFile(join(outDir, 'preload', 'index.cjs'), 'utf8')
      const required = [...bundle.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1])
      expect(new Set(required)).toEqual(new Set(['electron']))
      expect(bundle).not.toMatch(/^\s*(import|export)\s/m)
      expect(bundle).toContain(INVOKE_CHANNEL)
    } finally {
      await rm(outDir, { recursive: true, force: true })
    }
  })
})
