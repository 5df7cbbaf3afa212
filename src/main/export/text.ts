/** The right-to-left test used to set a paragraph's direction (Hebrew, Arabic … in an otherwise left-to-right report). */

// First strongly directional character: Hebrew, Arabic, Syriac, Thaana, NKo … versus any other letter.
const FIRST_STRONG = /[\p{L}]/u
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|[\u{10800}-\u{10FFF}]|[\u{1E800}-\u{1EFFF}]/u

/** True when the first letter of `text` belongs to a right-to-left script (the paragraph then reads right to left). */
export function isRightToLeft(text: string): boolean {
  const first = FIRST_STRONG.exec(text)
  return first !== null && RTL_LETTER.test(first[0])
}
