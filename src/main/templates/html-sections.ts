/**
 * Turns the HTML mammoth makes of a Word document into template sections: each heading of level 1–2 starts a
 * section, the text under it (up to the next such heading) becomes its guidance. mammoth's output is a small,
 * well-formed tag set, so a tokenizer is enough; no DOM is needed in the main process.
 */

export interface ImportedSection {
  title: string
  guidance: string
}

/** Limits of the template and report schemas: longer text is cut rather than the import refused. */
const MAX_TITLE = 300
const MAX_GUIDANCE = 4000
const MAX_SECTIONS = 2000

const SECTION_HEADINGS = new Set(['h1', 'h2'])
/** Tags whose end is a line break in the guidance text. */
const BLOCKS = new Set(['p', 'li', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'ul', 'ol', 'br'])

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10))
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}

/** Sections from mammoth HTML; text before the first level 1–2 heading (a cover page, say) is left out. */
export function sectionsFromHtml(html: string): ImportedSection[] {
  const sections: ImportedSection[] = []
  let heading: string[] | null = null
  let body: string[] | null = null
  const finish = (): void => {
    if (body && sections.length > 0) {
      const last = sections[sections.length - 1]!
      last.guidance = tidy(body.join('')).slice(0, MAX_GUIDANCE)
    }
  }
  for (const match of html.matchAll(/<(\/?)([a-zA-Z0-9]+)[^>]*>|([^<]+)/g)) {
    const [, closing, rawTag, text] = match
    if (text !== undefined) {
      ;(heading ?? body)?.push(decode(text))
      continue
    }
    const tag = (rawTag ?? '').toLowerCase()
    if (SECTION_HEADINGS.has(tag)) {
      if (!closing) {
        finish()
        heading = []
        body = null
      } else if (heading) {
        const title = tidy(heading.join('').replace(/\n/g, ' ')).slice(0, MAX_TITLE)
        heading = null
        // An empty heading (a stray style on a blank line) starts nothing.
        if (title && sections.length < MAX_SECTIONS) {
          sections.push({ title, guidance: '' })
          body = []
        }
      }
    } else if (BLOCKS.has(tag) && (closing || tag === 'br')) {
      ;(heading ?? body)?.push(heading ? ' ' : '\n')
    } else if (tag === 'li' && !closing) {
      body?.push('• ')
    } else if ((tag === 'td' || tag === 'th') && closing) {
      body?.push(' \t ')
    }
  }
  finish()
  return sections
}
