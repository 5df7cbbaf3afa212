/**
 * The keyFigures namespace is complete in fi, sv and en, and holds every literal key the feature asks for — a
 * missing one would show the user a raw key such as "table.distance".
 */
import { describe, expect, it } from 'vitest'
import { resources } from '../../../src/shared/i18n'

type Messages = { [key: string]: string | Messages }

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)
  )
}

const SOURCES = import.meta.glob<string>(
  '../../../src/renderer/src/features/{key-figures,report}/*.{ts,tsx}',
  {
    query: '?raw',
    import: 'default',
    eager: true
  }
)

describe('the keyFigures namespace', () => {
  it('has the same keys, none empty, in Finnish, Swedish and English', () => {
    const fi = keys(resources.fi.keyFigures as Messages).sort()
    expect(fi.length).toBeGreaterThan(20)
    expect(keys(resources.sv.keyFigures as Messages).sort()).toEqual(fi)
    expect(keys(resources.en.keyFigures as Messages).sort()).toEqual(fi)
  })

  it('holds every literal key the feature uses', () => {
    const available = new Set(
      keys(resources.fi.keyFigures as Messages).map((key) => key.replace(/_(one|other)$/, ''))
    )
    const missing: string[] = []
    let checked = 0
    for (const [file, source] of Object.entries(SOURCES)) {
      const own = file.includes('/key-figures/')
      // In the feature: `t('key'`; elsewhere (the report's tab bar): `t('keyFigures:key'`.
      const pattern = own ? /\bt\('([\w.]+)'/g : /\bt\('keyFigures:([\w.]+)'/g
      for (const match of source.matchAll(pattern)) {
        checked += 1
        if (!available.has(match[1] as string)) missing.push(`${file}: ${match[1]}`)
      }
    }
    expect(missing).toEqual([])
    expect(checked).toBeGreaterThan(25)
  })
})
