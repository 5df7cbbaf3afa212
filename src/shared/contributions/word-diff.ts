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
  // jsdiff already joins neighbouring tokens of one kind, so each segment is one run of same, removed or added words.
  return diffWords(before, after)
    .filter((change) => change.value !== '')
    .map((change) => ({
      kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
      text: change.value
    }))
}

/** Word segments between two notes documents (e.g. the coordinator's and the contributor's version). */
export function notesDiff(before: RichDoc, after: RichDoc): DiffSegment[] {
  return wordDiff(plainText(before), plainText(after))
}
