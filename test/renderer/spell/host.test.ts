/**
 * The worker's message handling under Node, through the same client the editor will use: typed messages parsed
 * at the boundary, one paragraph per check, each language's engine started on first use.
 */
import { describe, expect, it, vi } from 'vitest'
import type { ReadAsset } from '../../../src/renderer/src/spell/assets'
import { createSpellClient, SpellError, type SpellPort } from '../../../src/renderer/src/spell/client'
import { createSpellHost, type SpellHost } from '../../../src/renderer/src/spell/host'
import { loadEngine } from '../../../src/renderer/src/spell/load'
import { readRepositoryAsset } from './assets'

/** A port to the host as a Worker would be: messages are copied (structured clone) both ways. */
function connect(host: SpellHost): SpellPort {
  const listeners: Array<(event: { data: unknown }) => void> = []
  return {
    postMessage(message) {
      void host.handle(structuredClone(message)).then((answer) => {
        for (const listener of listeners) listener({ data: structuredClone(answer) })
      })
    },
    addEventListener: (_type, listener) => void listeners.push(listener)
  }
}

describe('the spelling worker host', () => {
  it('checks a paragraph and suggests through the client', async () => {
    const client = createSpellClient(connect(createSpellHost(readRepositoryAsset)))
    const paragraph = 'Asia käsitellään seuraavassa kokouksesa.'
    const misspellings = await client.check('fi', paragraph)
    expect(misspellings).toEqual([{ start: 29, end: 39, word: 'kokouksesa' }])
    expect((await client.suggest('fi', 'kokouksesa'))[0]).toBe('kokouksessa')
  })

  it('starts each language on first use, once', async () => {
    const load = vi.fn(loadEngine)
    const client = createSpellClient(connect(createSpellHost(readRepositoryAsset, load)))
    const withoutUserWords = createSpellClient(connect(createSpellHost(readRepositoryAsset)))
    expect(await withoutUserWords.check('sv', 'Tilannekuvaappen är klar')).toHaveLength(1)
    await client.setUserWords('sv', ['Tilannekuvaappen'])
    expect(load).not.toHaveBeenCalled()
    await Promise.all([client.check('en', 'The goverment'), client.check('en', 'The ministry')])
    expect(load.mock.calls.map(([language]) => language)).toEqual(['en'])
    expect(await client.check('sv', 'Tilannekuvaappen är klar')).toEqual([])
    expect(load.mock.calls.map(([language]) => language)).toEqual(['en', 'sv'])
  })

  it('keeps the user dictionary: words set before the engine starts and words added later', async () => {
    const client = createSpellClient(connect(createSpellHost(readRepositoryAsset)))
    await client.setUserWords('fi', ['Kela-kortti'])
    expect(await client.check('fi', 'Kela-kortilla ja DVV-palvelussa')).toEqual([])
    expect(await client.check('fi', 'Hackathon pidetään')).toHaveLength(1)
    await client.addWord('fi', 'hackathon')
    expect(await client.check('fi', 'Hackathon pidetään')).toEqual([])
  })

  it('answers a malformed message with bad_request and never throws', async () => {
    const host = createSpellHost(readRepositoryAsset)
    expect(await host.handle({ id: 7, type: 'check', language: 'de', text: 'Hallo' })).toMatchObject({
      id: 7,
      type: 'error',
      code: 'bad_request'
    })
    expect(await host.handle('check this')).toMatchObject({ id: null, type: 'error', code: 'bad_request' })
    expect(await host.handle({ id: 1, type: 'suggest', language: 'fi', word: '' })).toMatchObject({
      code: 'bad_request'
    })
  })

  it('reports a language whose files cannot be read, and tries again on the next request', async () => {
    let failures = 1
    const flaky: ReadAsset = async (asset) => {
      if (asset === 'en.dic' && failures-- > 0) throw new Error('en.dic could not be loaded (HTTP 404)')
      return readRepositoryAsset(asset)
    }
    const client = createSpellClient(connect(createSpellHost(flaky)))
    const failure = await client.check('en', 'The goverment').catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(SpellError)
    expect(failure).toMatchObject({ code: 'engine_unavailable', message: expect.stringContaining('en.dic') })
    expect(await client.check('en', 'The goverment')).toEqual([{ start: 4, end: 13, word: 'goverment' }])
  })
})
