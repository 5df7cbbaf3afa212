import { describe, expect, it } from 'vitest'
import {
  canonicalJson,
  contentHash,
  sameContent,
  sha256Hex
} from '../../../src/shared/contributions/canonical'

describe('canonicalJson', () => {
  it('writes the RFC 8785 example for literals, numbers and strings', () => {
    // RFC 8785 section 3.2.2.
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],' +
        '"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}'
    )
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}'
    )
  })

  it('sorts keys by UTF-16 code units as RFC 8785 section 3.2.3 shows', () => {
    const input = JSON.parse(
      '{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\ufb33":"Hebrew Letter Dalet With Dagesh",' +
        '"1":"One","\\ud83d\\ude00":"Emoji: Grinning Face","\\u0080":"Control","\\u00f6":"Latin Small Letter O With Diaeresis"}'
    )
    const order = ['\r', '1', '\u0080', 'ö', '€', '😀', '\ufb33']
    expect(canonicalJson(input)).toBe(
      `{${order.map((key) => `${JSON.stringify(key)}:${JSON.stringify(input[key])}`).join(',')}}`
    )
  })

  it('leaves out undefined members and refuses what JSON cannot hold', () => {
    expect(canonicalJson({ b: 1, a: undefined, c: [undefined] })).toBe('{"b":1,"c":[null]}')
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError)
    expect(() => canonicalJson({ a: () => 1 })).toThrow(TypeError)
  })
})

describe('contentHash', () => {
  it('is SHA-256 in lowercase hex', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('is the same whatever the key order, and differs when a letter differs', () => {
    const a = { title: 'Tekoäly', status: 'on_track', notes: { type: 'doc', content: [] } }
    const b = { notes: { content: [], type: 'doc' }, status: 'on_track', title: 'Tekoäly' }
    expect(contentHash(a)).toBe(contentHash(b))
    expect(contentHash({ ...a, title: 'Tekoaly' })).not.toBe(contentHash(a))
    expect(sameContent(a, b)).toBe(true)
    expect(sameContent(undefined, '')).toBe(false)
  })
})
