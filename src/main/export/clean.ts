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

/** A deep copy of `value` with every string (object keys included) cleaned; other values kept as they are. */
export function cleanDeep<T>(value: T): T {
  return cleanValue(value) as T
}

function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value)
  if (Array.isArray(value)) return value.map(cleanValue)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(value)) out[cleanText(key)] = cleanValue(inner)
    return out
  }
  return value
}
