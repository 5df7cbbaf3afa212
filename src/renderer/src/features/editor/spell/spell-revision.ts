/**
 * Tells every checked text that the accepted words changed (a word ignored or added to the user's dictionary), so
 * the notes and the plain fields all check again, whichever of them the word was accepted from.
 */
const listeners = new Set<() => void>()

/** Called after the worker accepted a word. */
export function acceptedWordsChanged(): void {
  for (const listener of listeners) listener()
}

/** Runs `listener` after each change; returns the unsubscribe. */
export function onAcceptedWordsChanged(listener: () => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}
