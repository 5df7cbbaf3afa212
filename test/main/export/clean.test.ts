import { describe, expect, it } from 'vitest'
import { cleanDeep, cleanText, plainText } from '../../../src/main/export/clean'

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
  it("keeps Word's own control characters and removes every other one, tab, newline and carriage return kept", () => {
    const all = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('')
    // Vertical tab (line break), form feed (page break), U+001E (non-breaking hyphen), U+001F (optional hyphen)
    // are mapped to Word's elements when written; the rest is removed.
    expect(cleanText(`a${all}b`)).toBe('a\t\n\u000B\u000C\r\u001E\u001Fb')
  })

  it('leaves a space where something removed stood between two letters, so words never merge', () => {
    expect(cleanText('Maija\uFFFEVirtanen')).toBe('Maija Virtanen')
    expect(cleanText('x\uFFFEy\uFFFFz')).toBe('x y z')
    expect(cleanText('a\u0000\u0001\u0002b')).toBe('a b')
    // Next to a space, punctuation or an edge, nothing is added.
    expect(cleanText('sana \uFFFEsana')).toBe('sana sana')
    expect(cleanText('loppu\uFFFE.')).toBe('loppu.')
    expect(cleanText('\u0000alku')).toBe('alku')
  })

  it('removes lone surrogates but keeps pairs (emoji)', () => {
    expect(cleanText('a\uD800b\uDC00c\uDBFF')).toBe('a b c')
    expect(cleanText('\uDC00\uD83D\uDE80\uD800')).toBe('🚀')
    expect(cleanText('👩🏽‍💻 🇫🇮')).toBe('👩🏽‍💻 🇫🇮')
  })

  it('keeps printable text of every script untouched', () => {
    const text = 'Sámediggi Čoahkkin e\u0301 עברית عربي 中文 \u00A0\u2028 \uFFFD \u{10FFFF} tavu\u00ADviiva'
    expect(cleanText(text)).toBe(text)
  })

  it('always yields valid XML text (or a mapped Word character) and never drops a legal one (random code units)', () => {
    let seed = 42
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const mapped = new Set(['\u000B', '\u000C', '\u001E', '\u001F'])
    const keep = (ch: string) => isValidXmlText(ch) || mapped.has(ch)
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
      expect(Array.from(output).every(keep)).toBe(true)
      // Nothing legal is lost: the kept code points of the input, in order, are the output less the added spaces.
      const legal = Array.from(input).filter(keep).join('')
      expect(output.replace(/ /g, '')).toBe(legal.replace(/ /g, ''))
    }
  })
})

describe('plainText', () => {
  it('turns line and page breaks into spaces and the non-breaking hyphen into its character', () => {
    expect(plainText('rivi1\u000Brivi2\u000Csivu\nrivi')).toBe('rivi1 rivi2 sivu rivi')
    expect(plainText('EU\u001Emaat')).toBe('EU\u2011maat')
    expect(plainText('tavu\u001Fviiva')).toBe('tavuviiva')
  })
})

describe('cleanDeep', () => {
  it('cleans strings at any depth, keys included, and leaves other values alone', () => {
    const input = { a: 'x\u0000', list: [{ b: '\uFFFF' }, 3, null, true], ['k\u0001']: 'v' }
    expect(cleanDeep(input)).toEqual({ a: 'x', list: [{ b: '' }, 3, null, true], k: 'v' })
  })
})
