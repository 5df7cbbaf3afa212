/**
 * Text from a report made safe for XML without losing or merging words. XML 1.0 allows only
 * #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF] (as well-formed surrogate pairs).
 * Four control characters are Word's own and are kept here for the run writer (wml.ts) to map, never dropped:
 * vertical tab (a manual line break), form feed (a page break), U+001E (a non-breaking hyphen) and U+001F (an
 * optional hyphen). Anything else illegal is removed — and where it stood between two letters or digits, a space
 * takes its place, so "Maija\uFFFEVirtanen" stays two words.
 */

// Control characters except tab, LF, CR and the four mapped ones; the two non-characters of the BMP; a high
// surrogate not followed by a low one; a low surrogate not preceded by a high one. Runs of them are removed at once.
const ILLEGAL =
  // eslint-disable-next-line no-control-regex
  /(?:[\u0000-\u0008\u000E-\u001D\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])+/g
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u

/** The text with every XML-illegal character removed (a space left between two word characters). */
export function cleanText(text: string): string {
  // A fast path: most strings hold nothing to remove, and the test is cheaper than the replace.
  ILLEGAL.lastIndex = 0
  if (!ILLEGAL.test(text)) return text
  ILLEGAL.lastIndex = 0
  return text.replace(ILLEGAL, (removed: string, offset: number) => {
    const before = text[offset - 1] ?? ''
    const after = text[offset + removed.length] ?? ''
    return WORD_CHAR.test(before) && WORD_CHAR.test(after) ? ' ' : ''
  })
}

// eslint-disable-next-line no-control-regex
const WORD_CONTROLS = /[\n\r\v\f\u001E\u001F]/g

/**
 * Cleaned text for places that hold plain text, not runs (document properties, table captions, the filled
 * template's fields): line and page breaks become spaces, the non-breaking hyphen its Unicode character.
 */
export function plainText(text: string): string {
  return cleanText(text).replace(WORD_CONTROLS, (c) =>
    c === '\u001E' ? '\u2011' : c === '\u001F' ? '' : ' '
  )
}

// The same characters as ILLEGAL, for testing without the global flag's lastIndex.
const HAS_ILLEGAL = new RegExp(ILLEGAL.source)

/** True when `value` holds a string (or key) that cleanText would change; iterative, whatever the depth. */
function needsCleaning(value: unknown): boolean {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const item = stack.pop()
    if (typeof item === 'string') {
      if (HAS_ILLEGAL.test(item)) return true
    } else if (Array.isArray(item)) {
      for (const inner of item) stack.push(inner)
    } else if (item !== null && typeof item === 'object') {
      for (const key in item) {
        if (HAS_ILLEGAL.test(key)) return true
        stack.push((item as Record<string, unknown>)[key])
      }
    }
  }
  return false
}

/**
 * `value` with every string (object keys included) cleaned: the value itself when nothing needs cleaning (the
 * common case, and a large report is then not copied), else a deep copy. Iterative, not recursive: a hostile file
 * may nest its notes thousands of levels deep.
 */
export function cleanDeep<T>(value: T): T {
  if (!needsCleaning(value)) return value
  const root: { value: unknown } = { value: undefined }
  // Each task copies `source` into `target[key]`.
  const tasks: { source: unknown; target: Record<string, unknown> | unknown[]; key: string | number }[] = [
    { source: value, target: root as unknown as Record<string, unknown>, key: 'value' }
  ]
  while (tasks.length > 0) {
    const { source, target, key } = tasks.pop() as (typeof tasks)[number]
    let copy: unknown = source
    if (typeof source === 'string') copy = cleanText(source)
    else if (Array.isArray(source)) {
      const array: unknown[] = new Array(source.length)
      source.forEach((inner, index) => tasks.push({ source: inner, target: array, key: index }))
      copy = array
    } else if (source !== null && typeof source === 'object') {
      const object: Record<string, unknown> = {}
      for (const [name, inner] of Object.entries(source)) {
        tasks.push({ source: inner, target: object, key: cleanText(name) })
      }
      copy = object
    }
    ;(target as Record<string | number, unknown>)[key] = copy
  }
  return root.value as T
}
