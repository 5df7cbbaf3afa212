/**
 * Swedish and English are full translations, not fallbacks: every namespace has the same keys in fi, sv and en,
 * no text is empty, and every {{placeholder}} of the Finnish text is kept in the others.
 */
import { describe, expect, it } from 'vitest'
import { resources } from '../../src/shared/i18n'

type Messages = { [key: string]: string | Messages }

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value)
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v)
  }
  return out
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()
const namespaces = Object.keys(resources.fi).sort()

describe('translations', () => {
  it('exist for the same namespaces in all three languages', () => {
    expect(namespaces.length).toBeGreaterThan(10)
    expect(Object.keys(resources.sv).sort()).toEqual(namespaces)
    expect(Object.keys(resources.en).sort()).toEqual(namespaces)
  })

  it.each(namespaces)('%s: same keys, nothing empty, placeholders kept', (namespace) => {
    const fi = flatten(resources.fi[namespace] as Messages)
    for (const language of ['sv', 'en'] as const) {
      const other = flatten(resources[language][namespace] as Messages)
      expect([...other.keys()].sort(), `${language}/${namespace}.json keys`).toEqual([...fi.keys()].sort())
      for (const [key, text] of other) {
        expect(text.trim(), `${language}/${namespace}.json ${key}`).not.toBe('')
        expect(placeholders(text), `${language}/${namespace}.json ${key}`).toEqual(
          placeholders(fi.get(key) ?? '')
        )
      }
    }
  })
})
