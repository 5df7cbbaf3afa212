/**
 * Removes characters that XML 1.0 cannot carry. The `docx` package strips most control characters itself but writes
 * U+FFFE/U+FFFF and lone surrogates raw, which makes a file neither Word nor LibreOffice opens. So every string of a
 * report passes through here before export. Based on the XML 1.0 `Char` production, not on a list of known cases:
 * #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF] (as well-formed surrogate pairs).
 */

// Control characters except tab, LF and CR; the two non-characters of the BMP; a high surrogate not followed by a
// low one; a low surrogate not preceded by a high one.
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The text with every XML-illegal character removed; tabs, newlines and everything printable kept. */
export function cleanText(text: string): string {
  // A fast path: most strings hold nothing to remove, and the test is cheaper than the replace.
  XML_ILLEGAL.lastIndex = 0
  if (!XML_ILLEGAL.test(text)) return text
  XML_ILLEGAL.lastIndex = 0
  return text.replace(XML_ILLEGAL, '')
}

/**
 * A deep copy of `value` with every string (object keys included) cleaned; other values kept as they are.
 * Iterative, not recursive: a hostile file may nest its notes thousands of levels deep.
 */
export function cleanDeep<T>(value: T): T {
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
