/**
 * Finnish suggestion order. Voikko ranks its corrections by morphology, so for "kokouksesa" it offers
 * "kokouksensa" before "kokouksessa". In Finnish, sound length is written with doubled letters and a missed or
 * extra doubling is the commonest typing error, so corrections that only double or undouble one letter move to
 * the front; otherwise Voikko's order stands.
 */
export function preferDoubledLetters(word: string, suggestions: readonly string[]): string[] {
  const doubling = suggestions.filter((s) => differsByDoubling(word, s))
  return [...doubling, ...suggestions.filter((s) => !doubling.includes(s))]
}

/** `a` and `b` differ by exactly one letter that repeats its neighbour ("kokouksesa" / "kokouksessa"). */
export function differsByDoubling(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a]
  if (long.length !== short.length + 1) return false
  let i = 0
  while (i < short.length && long[i] === short[i]) i++
  const inserted = long[i]
  return long.slice(i + 1) === short.slice(i) && (inserted === long[i - 1] || inserted === long[i + 1])
}
