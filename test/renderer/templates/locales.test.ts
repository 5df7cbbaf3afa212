/**
 * The three UI namespaces of templates, changes and export are complete in fi, sv and en, and every literal key the
 * components ask for exists — a missing one would show the user a raw key such as "editor.addSection".
 */
import { describe, expect, it } from 'vitest'
import { resources } from '../../../src/shared/i18n'

type Messages = { [key: string]: string | Messages }

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)
  )
}

const FEATURES = { templatesUi: 'templates', changes: 'changes', exportUi: 'export' } as const

/** The features' sources as text (Vite's raw import; the renderer's tsconfig has no Node types). */
const SOURCES = import.meta.glob<string>(
  '../../../src/renderer/src/features/{templates,changes,export}/*.{ts,tsx}',
  {
    query: '?raw',
    import: 'default',
    eager: true
  }
)

describe.each(Object.entries(FEATURES))('namespace %s', (namespace, folder) => {
  it('has the same keys, none empty, in Finnish, Swedish and English', () => {
    const fi = keys(resources.fi[namespace] as Messages).sort()
    expect(fi.length).toBeGreaterThan(5)
    expect(keys(resources.sv[namespace] as Messages).sort()).toEqual(fi)
    expect(keys(resources.en[namespace] as Messages).sort()).toEqual(fi)
    for (const language of ['fi', 'sv', 'en'] as const) {
      const values = JSON.stringify(resources[language][namespace])
      expect(values).not.toMatch(/:""/)
    }
  })

  it('holds every literal key its components use', () => {
    const available = new Set(
      keys(resources.fi[namespace] as Messages).map((key) => key.replace(/_(one|other)$/, ''))
    )
    const missing: string[] = []
    let checked = 0
    const files = Object.entries(SOURCES).filter(([path]) => path.includes(`/features/${folder}/`))
    expect(files.length).toBeGreaterThan(2)
    for (const [file, source] of files) {
      // A component that names another namespace (a newer feature's own, e.g. exportCharts) is not this one's.
      const declared = /useTranslation\('(\w+)'\)/.exec(source)?.[1]
      if (declared && declared !== namespace) continue
      // `t('key'` of the feature's own namespace; calls naming another namespace (`{ ns: 'common' }`) are skipped.
      for (const match of source.matchAll(/\bt\('([\w.]+)'(,[^)]*ns:)?/g)) {
        if (match[2]) continue
        checked += 1
        if (!available.has(match[1] as string)) missing.push(`${file}: ${match[1]}`)
      }
    }
    expect(missing).toEqual([])
    expect(checked).toBeGreaterThan(5)
  })
})
