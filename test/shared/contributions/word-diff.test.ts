import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { notesDiff, wordDiff, type DiffSegment } from '../../../src/shared/contributions/word-diff'
import { plainText } from '../../../src/shared/richtext'
import { notesDoc } from './arbitraries'
import { notes } from './support'

const words = (segments: DiffSegment[], kinds: DiffSegment['kind'][]) =>
  segments
    .filter((segment) => kinds.includes(segment.kind))
    .map((segment) => segment.text)
    .join('')
    .split(/\s+/)
    .filter(Boolean)

describe('word diff of two notes versions', () => {
  it('marks whole words, with Finnish letters, as removed and added', () => {
    expect(wordDiff('Hanke on aikataulussa.', 'Hanke on myöhässä kaksi viikkoa.')).toEqual([
      { kind: 'same', text: 'Hanke on ' },
      { kind: 'removed', text: 'aikataulussa' },
      { kind: 'added', text: 'myöhässä kaksi viikkoa' },
      { kind: 'same', text: '.' }
    ])
  })

  it('compares the notes by paragraphs and list items, one per line', () => {
    const before = notes('Ensimmäinen kappale.', 'Toinen kappale.')
    const after = {
      type: 'doc' as const,
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Ensimmäinen kappale.' }] },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Uusi kohta.' }] }]
            }
          ]
        }
      ]
    }
    expect(notesDiff(before, after)).toEqual([
      { kind: 'same', text: 'Ensimmäinen kappale.\n' },
      { kind: 'removed', text: 'Toinen kappale' },
      { kind: 'added', text: 'Uusi kohta' },
      { kind: 'same', text: '.' }
    ])
  })

  it('shows no change for the same text', () => {
    expect(wordDiff('Sama teksti.', 'Sama teksti.')).toEqual([{ kind: 'same', text: 'Sama teksti.' }])
    expect(wordDiff('', '')).toEqual([])
  })

  it('keeps every word of both versions, in order, and never two segments of one kind in a row', () => {
    fc.assert(
      fc.property(notesDoc, notesDoc, (a, b) => {
        const segments = notesDiff(a, b)
        const plain = (doc: typeof a) => plainText(doc).split(/\s+/).filter(Boolean)
        expect(words(segments, ['same', 'removed'])).toEqual(plain(a))
        expect(words(segments, ['same', 'added'])).toEqual(plain(b))
        segments.forEach((segment, i) => expect(segment.kind).not.toBe(segments[i + 1]?.kind))
      })
    )
  })
})
