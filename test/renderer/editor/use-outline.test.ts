import { describe, expect, it } from 'vitest'
import { deriveOutline } from '../../../src/renderer/src/features/editor/use-outline'
import { docFromText } from '../../../src/shared/richtext'
import { threeSections } from './sections'

describe('deriveOutline', () => {
  it('returns the same list while typing changes only the notes text, so the outline does not re-render', () => {
    const sections = threeSections()
    const first = deriveOutline(sections, [])
    const typed = sections.map((s) =>
      s.id === 's2' ? { ...s, notes: docFromText('DESI-sijoitus 2. Lisää') } : s
    )
    expect(deriveOutline(typed, first)).toBe(first)
  })

  it('gives a new list when a title, a status or the notes emptiness changes — reusing the unchanged rows', () => {
    const sections = threeSections()
    const first = deriveOutline(sections, [])
    const emptied = sections.map((s) => (s.id === 's2' ? { ...s, notes: docFromText('') } : s))
    const next = deriveOutline(emptied, first)
    expect(next).not.toBe(first)
    expect(next[1]?.notesEmpty).toBe(true)
    expect(next[0]).toBe(first[0])
    const retitled = deriveOutline(
      emptied.map((s) =>
        s.id === 's3' ? { ...s, title: 'Tekoäly ja etiikka', status: 'critical' as const } : s
      ),
      next
    )
    expect(retitled[2]).toMatchObject({ title: 'Tekoäly ja etiikka', status: 'critical' })
  })

  it('treats whitespace-only notes as empty', () => {
    const [entry] = deriveOutline([{ ...threeSections()[0]!, notes: docFromText('   ') }], [])
    expect(entry?.notesEmpty).toBe(true)
  })

  it('does not call notes that hold only an image empty', () => {
    const image = { type: 'image', attrs: { asset: `${'a'.repeat(64)}.png`, alt: 'Kaavio' } }
    const [entry] = deriveOutline([{ ...threeSections()[0]!, notes: { type: 'doc', content: [image] } }], [])
    expect(entry?.notesEmpty).toBe(false)
  })
})
