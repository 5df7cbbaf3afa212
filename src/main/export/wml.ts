/**
 * WordprocessingML written as strings: runs and paragraphs with their properties in the schema's element order.
 * The exporter writes the parts itself rather than through docx's object tree: a 200-section report took 1.3 s of
 * CPU in docx's tree and its XML serialiser (see docs/decisions/0007-export-wordprocessingml.md), and the exact output
 * — ids, language per run, no undefined styles — is easier to keep when it is written where it is decided.
 */

const ESCAPED = /[&<>"]/
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Text for XML content or an attribute value. The text must already be XML-legal (see clean.ts). */
export function esc(text: string): string {
  return ESCAPED.test(text) ? text.replace(/[&<>"]/g, (c) => ESCAPES[c] as string) : text
}

export interface RunProps {
  /** A character style id (Strong, Hyperlink). */
  style?: string
  font?: string
  bold?: boolean
  italic?: boolean
  strike?: boolean
  color?: string
  /** Half-points. */
  size?: number
  /** One of Word's named highlight colours (yellow, green …). */
  highlight?: string
  underline?: boolean
  /** Background fill, hex RRGGBB. */
  shading?: string
  vertAlign?: 'superscript' | 'subscript'
  /** BCP 47 tag of the language the text is written in, when it differs from the document's. */
  lang?: string
}

/** The w:rPr of `p`, '' when it sets nothing. Elements in the order of CT_RPr. */
function runProps(p: RunProps): string {
  let xml = ''
  if (p.style) xml += `<w:rStyle w:val="${p.style}"/>`
  if (p.font) xml += `<w:rFonts w:ascii="${p.font}" w:hAnsi="${p.font}" w:cs="${p.font}"/>`
  if (p.bold) xml += '<w:b/><w:bCs/>'
  if (p.italic) xml += '<w:i/><w:iCs/>'
  if (p.strike) xml += '<w:strike/>'
  if (p.color) xml += `<w:color w:val="${p.color}"/>`
  if (p.size) xml += `<w:sz w:val="${p.size}"/><w:szCs w:val="${p.size}"/>`
  if (p.highlight) xml += `<w:highlight w:val="${p.highlight}"/>`
  if (p.underline) xml += '<w:u w:val="single"/>'
  if (p.shading) xml += `<w:shd w:val="clear" w:color="auto" w:fill="${p.shading}"/>`
  if (p.vertAlign) xml += `<w:vertAlign w:val="${p.vertAlign}"/>`
  if (p.lang) xml += `<w:lang w:val="${p.lang}"/>`
  return xml ? `<w:rPr>${xml}</w:rPr>` : ''
}

// Characters that are Word's own elements rather than text: line break (LF, CR LF, and vertical tab, which is
// how Word writes a manual line break in plain text), tab, page break (form feed), non-breaking hyphen (U+001E),
// optional hyphen (U+001F, U+00AD).
// eslint-disable-next-line no-control-regex
const SPECIAL = /\r\n|[\n\r\v\t\f\u001E\u001F\u00AD]/
// eslint-disable-next-line no-control-regex
const SPECIALS = /(\r\n|[\n\r\v\t\f\u001E\u001F\u00AD])/
// Whitespace at either end needs xml:space="preserve" (Word would drop it otherwise).
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 0xa0 || code === 0x3000

function textElement(text: string): string {
  return isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1))
    ? `<w:t xml:space="preserve">${esc(text)}</w:t>`
    : `<w:t>${esc(text)}</w:t>`
}

function specialElement(piece: string, pageBreaks: boolean): string {
  switch (piece) {
    case '\t':
      return '<w:tab/>'
    case '\f':
      return pageBreaks ? '<w:br w:type="page"/>' : '<w:br/>'
    case '\u001E':
      return '<w:noBreakHyphen/>'
    case '\u001F':
    case '\u00AD':
      return '<w:softHyphen/>'
    default:
      return '<w:br/>'
  }
}

/**
 * One run of `text` with `props`: line breaks, tabs, page breaks and hyphens as Word's own elements, so nothing
 * merges and nothing is lost. '' for empty text (an empty run is noise to Word and to screen readers).
 * `pageBreaks: false` writes a form feed as a line break (headers, table cells).
 */
export function run(text: string, props: RunProps = {}, pageBreaks = true): string {
  if (!text) return ''
  const rPr = runProps(props)
  if (!SPECIAL.test(text)) return `<w:r>${rPr}${textElement(text)}</w:r>`
  let inner = ''
  // split with a capturing group alternates text (even places) and the special characters between (odd places).
  text.split(SPECIALS).forEach((piece, index) => {
    if (index % 2 === 1) inner += specialElement(piece, pageBreaks)
    else if (piece) inner += textElement(piece)
  })
  return `<w:r>${rPr}${inner}</w:r>`
}

export interface TabStop {
  type: 'left' | 'right' | 'center'
  /** Twips from the left margin. */
  pos: number
  leader?: 'dot'
}

export interface ParaProps {
  style?: string
  keepNext?: boolean
  keepLines?: boolean
  pageBreakBefore?: boolean
  numbering?: { id: number; level: number }
  /** A thin rule under the paragraph (a horizontal rule in the notes). */
  ruleBelow?: boolean
  tabs?: TabStop[]
  bidi?: boolean
  spacing?: { before?: number; after?: number }
  indent?: { left?: number; hanging?: number }
  align?: 'left' | 'right' | 'center'
}

/** The w:pPr of `p`. Elements in the order of CT_PPr. */
function paragraphProps(p: ParaProps): string {
  let xml = ''
  if (p.style) xml += `<w:pStyle w:val="${p.style}"/>`
  if (p.keepNext) xml += '<w:keepNext/>'
  if (p.keepLines) xml += '<w:keepLines/>'
  if (p.pageBreakBefore) xml += '<w:pageBreakBefore/>'
  if (p.numbering)
    xml += `<w:numPr><w:ilvl w:val="${p.numbering.level}"/><w:numId w:val="${p.numbering.id}"/></w:numPr>`
  if (p.ruleBelow) xml += '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="8C8C8C"/></w:pBdr>'
  if (p.tabs?.length) {
    xml += '<w:tabs>'
    for (const t of p.tabs)
      xml += `<w:tab w:val="${t.type}"${t.leader ? ` w:leader="${t.leader}"` : ''} w:pos="${t.pos}"/>`
    xml += '</w:tabs>'
  }
  if (p.bidi) xml += '<w:bidi/>'
  if (p.spacing) {
    const { before, after } = p.spacing
    xml += `<w:spacing${before !== undefined ? ` w:before="${before}"` : ''}${after !== undefined ? ` w:after="${after}"` : ''}/>`
  }
  if (p.indent) {
    const { left, hanging } = p.indent
    xml += `<w:ind${left !== undefined ? ` w:left="${left}"` : ''}${hanging !== undefined ? ` w:hanging="${hanging}"` : ''}/>`
  }
  if (p.align) xml += `<w:jc w:val="${p.align}"/>`
  return xml ? `<w:pPr>${xml}</w:pPr>` : ''
}

/** A block of the body: a paragraph (kept as properties until the body is joined) or a finished table. */
export type Block = { kind: 'p'; props: ParaProps; content: string } | { kind: 'tbl'; xml: string }

/** A paragraph block. */
export function para(props: ParaProps, content = ''): Block {
  return { kind: 'p', props, content }
}

/** The XML of one paragraph. */
export function paragraphXml(props: ParaProps, content = ''): string {
  return `<w:p>${paragraphProps(props)}${content}</w:p>`
}

// Styles that bring their own space above; a table before them needs no more.
const SPACED_STYLES = /^(Heading\d|Title|BlockHeading|TOCHeading)$/

/**
 * The blocks as XML. A paragraph right after a table gets space above it (Word lets it touch the table's last
 * border otherwise), and two tables in a row get a small paragraph between them, or Word would merge them.
 */
export function blocksXml(blocks: Block[]): string {
  // Joined once at the end: a flat string, not a rope of a hundred thousand pieces for the zip to flatten.
  const xml: string[] = []
  let afterTable = false
  for (const block of blocks) {
    if (block.kind === 'tbl') {
      if (afterTable) xml.push(paragraphXml({ spacing: { before: 0, after: 0 } }))
      xml.push(block.xml)
      afterTable = true
      continue
    }
    let props = block.props
    if (afterTable && !SPACED_STYLES.test(props.style ?? '') && (props.spacing?.before ?? 0) < 160) {
      props = { ...props, spacing: { ...props.spacing, before: 160 } }
    }
    xml.push(paragraphXml(props, block.content))
    afterTable = false
  }
  return xml.join('')
}
