/**
 * Spelling of a plain field (an <input> or <textarea>): its whole text checked in the worker after typing pauses,
 * never on the typing path. While the text changes, the answer for the older text is kept only where it still
 * holds: a word before the first changed character keeps its underline, a word after the last one moves with it,
 * and nothing is underlined where the text is new (a misplaced underline is worse than none).
 */
import { useEffect, useState } from 'react'
import type { Language } from '../../../../../shared/model'
import type { Misspelling } from '../../../spell/types'
import { spellSession } from './spell-session'
import { onAcceptedWordsChanged } from './spell-revision'

/** How long typing must pause before the field is checked (as in the notes). */
const DELAY_MS = 300

interface Checked {
  text: string
  language: Language
  misspellings: Misspelling[]
}

const hasLetters = (text: string) => /\p{L}/u.test(text)

/** The misspellings of `checked.text` that are still where they were in `text`, moved to their new offsets. */
export function carryOver(checked: Checked, text: string): Misspelling[] {
  if (checked.text === text) return checked.misspellings
  const old = checked.text
  let prefix = 0
  while (prefix < old.length && prefix < text.length && old[prefix] === text[prefix]) prefix++
  let suffix = 0
  while (
    suffix < old.length - prefix &&
    suffix < text.length - prefix &&
    old[old.length - 1 - suffix] === text[text.length - 1 - suffix]
  )
    suffix++
  const shift = text.length - old.length
  const changedFrom = prefix
  const changedTo = old.length - suffix
  // Strictly before and after the change: a word typed onto ("kokouksesa" + "s") is a new word.
  return checked.misspellings.flatMap((m) => {
    if (m.end < changedFrom) return [m]
    if (m.start > changedTo) return [{ ...m, start: m.start + shift, end: m.end + shift }]
    return []
  })
}

/** The misspelling the caret is in or touches, if any. */
export function misspellingAtCaret(misspellings: Misspelling[], caret: number): Misspelling | undefined {
  return misspellings.find((m) => m.start <= caret && caret <= m.end)
}

/** The field's misspellings now; none while `active` is false (checking off, a read-only field). */
export function useFieldSpelling(text: string, language: Language, active: boolean): Misspelling[] {
  const [checked, setChecked] = useState<Checked | null>(null)
  const [accepted, setAccepted] = useState(0)
  useEffect(() => onAcceptedWordsChanged(() => setAccepted((n) => n + 1)), [])
  useEffect(() => {
    if (!active || !hasLetters(text)) return
    let current = true
    const timer = setTimeout(() => {
      // A failed check (an engine that cannot start) leaves the field without underlines, never broken.
      spellSession()
        .check(language, text)
        .then(
          (misspellings) => current && setChecked({ text, language, misspellings }),
          () => undefined
        )
    }, DELAY_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [text, language, active, accepted])
  if (!active || !checked || checked.language !== language || !hasLetters(text)) return []
  return carryOver(checked, text)
}
