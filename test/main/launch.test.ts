import { describe, expect, it } from 'vitest'
import { languageFromLocale, resolveDataDir, settleWithin } from '../../src/main/launch'

describe('the data folder', () => {
  const userData = '/home/virkamies/.config/Tilannekuva'
  it('comes from --data-dir first, then TILANNEKUVA_DATA_DIR, then the user folder', () => {
    const env = { TILANNEKUVA_DATA_DIR: '/srv/env' }
    expect(resolveDataDir(['electron', '.', '--data-dir', '/tmp/a b'], env, userData)).toBe('/tmp/a b')
    expect(resolveDataDir(['electron', '.', '--data-dir=C:\\Tiedot\\Ä'], env, userData)).toBe('C:\\Tiedot\\Ä')
    expect(resolveDataDir(['electron', '.'], env, userData)).toBe('/srv/env')
    expect(resolveDataDir(['electron', '.'], { TILANNEKUVA_DATA_DIR: '  ' }, userData)).toBe(userData)
    expect(resolveDataDir(['electron', '.', '--data-dir'], {}, userData)).toBe(userData)
    expect(resolveDataDir(['electron', '--data-dir', '--inspect'], {}, userData)).toBe(userData)
  })
})

describe('settleWithin', () => {
  it('tells whether the work finished, failed or ran out of time', async () => {
    expect(await settleWithin(Promise.resolve(1), 1000)).toBe('done')
    expect(await settleWithin(Promise.reject(new Error('disk')), 1000)).toBe('failed')
    expect(await settleWithin(new Promise(() => {}), 5)).toBe('timeout')
  })
})

describe('languageFromLocale', () => {
  it('speaks the OS language when it is one of ours, else Finnish', () => {
    expect(['sv-FI', 'en-GB', 'en', 'fi', 'de-DE', 'se'].map(languageFromLocale)).toEqual([
      'sv',
      'en',
      'en',
      'fi',
      'fi',
      'fi'
    ])
  })
})
