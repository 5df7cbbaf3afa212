/**
 * A word-level diff of two notes versions for the merge view. The notes are compared as plain text (blocks on their
 * own lines) with jsdiff's word diff, which knows letters with diacritics (ä, ö, å) and does not show a change of
 * spacing as a change of words. Formatting is compared separately (see `formattingOnly` in merge-section.ts).
 */
import { diffWords } from 'diff'
import { plainText, type RichDoc } from '../richtext'

export interface DiffSegment {
  kind: 'same' | 'added' | 'removed'
  text: string
}

/** Word segments turning `before` into `after`: same, removed (only in before) and added (only in after). */
export function wordDiff(before: string, after: string): DiffSegment[] {
  const segments: DiffSegment[] = []
  for (const change of diffWords(before, after)) {
    if (change.value === '') continue
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same'
    const last = segments[segments.length - 1]
    // Adjacent pieces of one kind read as one change.
    if (last && last.kind === kind) last.text += change.value
    else segments.push({ kind, text: change.value })
  }
  return segments
}

/** Word segments between two notes documents (e.g. the coordinator's and the contributor's version). */
export function notesDiff(before: RichDoc, after: RichDoc): DiffSegment[] {
  return wordDiff(plainText(before), plainText(after))
}
