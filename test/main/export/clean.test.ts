import { describe, expect, it } from 'vitest'
import { cleanDeep, cleanText } from '../../../src/main/export/clean'

// The XML 1.0 Char production, written independently of the implementation, code point by code point.
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  )
}

function isValidXmlText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false
      i++
    } else if (!isXmlChar(unit)) return false
  }
  return true
}

describe('cleanText', () => {
  it('removes every control character except tab, newline and carriage return', () => {
    const all = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('')
    expect(cleanText(`a${all}b`)).toBe('a\t\n\rb')
  })

  it('removes U+FFFE and U+FFFF, which docx writes raw', () => {
    expect(cleanText('x\uFFFEy\uFFFFz')).toBe('xyz')
  })

  it('removes lone surrogates but keeps pairs (emoji)', () => {
    expect(cleanText('a\uD800b\uDC00c\uDBFF')).toBe('abc')
    expect(cleanText('\uDC00\uD83D\uDE80\uD800')).toBe('🚀')
    expect(cleanText('👩🏽‍💻 🇫🇮')).toBe('👩🏽‍💻 🇫🇮')
  })

  it('keeps printable text of every script untouched', () => {
    const text = 'Sámediggi Čoahkkin e\u0301 עברית عربي 中文 \u00A0\u2028 \uFFFD \u{10FFFF}'
    expect(cleanText(text)).toBe(text)
  })

  it('always yields valid XML text and never drops a legal character (random code units)', () => {
    let seed = 42
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let round = 0; round < 2000; round++) {
      const units = Array.from({ length: 12 }, () => {
        const pick = random()
        if (pick < 0.3) return Math.floor(random() * 0x40)
        if (pick < 0.55) return 0xd800 + Math.floor(random() * 0x800)
        if (pick < 0.7) return 0xfff0 + Math.floor(random() * 0x10)
        return Math.floor(random() * 0x10000)
      })
      const input = String.fromCharCode(...units)
      const output = cleanText(input)
      expect(isValidXmlText(output)).toBe(true)
      // Nothing legal is lost: the legal code points of the input, in order, are exactly the output.
      const legal = Array.from(input)
        .filter((ch) => isValidXmlText(ch))
        .join('')
      expect(output).toBe(legal)
    }
  })
})

describe('cleanDeep', () => {
  it('cleans strings at any depth, keys included, and leaves other values alone', () => {
    const input = { a: 'x\u0000', list: [{ b: '\uFFFF' }, 3, null, true], ['k\u0001']: 'v' }
    expect(cleanDeep(input)).toEqual({ a: 'x', list: [{ b: '' }, 3, null, true], k: 'v' })
  })
})
