/**
 * Inline content of the notes: text with its marks as Word run formatting, links as hyperlinks, and the text that
 * some nodes keep in attributes (a mention's label, an image's alternative text) written out — nothing an official
 * put in the notes is dropped. Marks Word has no equivalent for are ignored; their text is kept.
 */
import type { RichMark, RichNode } from '../../shared/richtext'
import { contentRun, type RenderContext } from './context'
import { safeHref } from './links'
import type { RunProps } from './wml'
import { CODE_FONT } from './styles'

const HEX = /^#?([0-9a-f]{6})$/i

// Word highlights only in a few named colours; a highlight's colour maps to the one of its hue (pale greys to
// light grey), so a green marker stays green. Hue bands in degrees, with the name of each.
const HUES: [number, string][] = [
  [20, 'red'],
  [70, 'yellow'],
  [165, 'green'],
  [200, 'cyan'],
  [260, 'blue'],
  [330, 'magenta'],
  [360, 'red']
]

function highlightName(color: unknown): string {
  const hex = typeof color === 'string' ? HEX.exec(color.trim())?.[1] : undefined
  if (!hex) return 'yellow'
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number]
  const max = Math.max(r, g, b)
  const chroma = max - Math.min(r, g, b)
  if (chroma < 0.12) return 'lightGray'
  const hue =
    max === r
      ? (60 * ((g - b) / chroma) + 360) % 360
      : max === g
        ? 60 * ((b - r) / chroma) + 120
        : 60 * ((r - g) / chroma) + 240
  return HUES.find(([limit]) => hue < limit)?.[1] ?? 'red'
}

/** Word run formatting for TipTap marks. */
function markProps(marks: RichMark[]): RunProps {
  const props: RunProps = {}
  for (const mark of marks) {
    switch (mark.type) {
      case 'bold':
        props.bold = true
        break
      case 'italic':
        props.italic = true
        break
      case 'underline':
        props.underline = true
        break
      case 'strike':
        props.strike = true
        break
      case 'code':
        props.font = CODE_FONT
        break
      case 'superscript':
        props.vertAlign = 'superscript'
        break
      case 'subscript':
        props.vertAlign = 'subscript'
        break
      case 'highlight':
        props.highlight = highlightName(mark.attrs?.color)
        break
      case 'textStyle': {
        const hex = typeof mark.attrs?.color === 'string' ? HEX.exec(mark.attrs.color.trim())?.[1] : undefined
        if (hex) props.color = hex.toUpperCase()
        break
      }
    }
  }
  return props
}

const attr = (node: RichNode, name: string): string => {
  const value = node.attrs?.[name]
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : ''
}

/**
 * The text a node holds in its attributes: "@Maija Virtanen" for a mention, "[Kuva: Kaavio …]" for an image,
 * a label, title or alternative text of anything else; '' when it holds none.
 */
export function attributeText(node: RichNode, imageLabel: string): string {
  if (node.type === 'mention') {
    const name = attr(node, 'label') || attr(node, 'id')
    return name ? `@${name}` : ''
  }
  if (node.type === 'image') {
    const alt = attr(node, 'alt') || attr(node, 'title')
    return alt ? `[${imageLabel}: ${alt}]` : `[${imageLabel}]`
  }
  return attr(node, 'label') || attr(node, 'alt') || attr(node, 'title') || attr(node, 'text')
}

/** The plain text of inline nodes (for the table of contents and right-to-left detection). */
export function inlineText(nodes: RichNode[], imageLabel = ''): string {
  let text = ''
  for (const node of nodes) {
    if (node.type === 'text') text += node.text ?? ''
    else if (node.type === 'hardBreak') text += ' '
    else if (node.content) text += inlineText(node.content, imageLabel)
    else text += node.text ?? attributeText(node, imageLabel)
  }
  return text
}

/** Runs (and hyperlinks) of inline nodes. */
export function inlineXml(nodes: RichNode[], ctx: RenderContext, extra: RunProps = {}): string {
  let xml = ''
  // Adjacent text nodes with the same link make one hyperlink, as the editor shows them.
  let pendingHref: string | null = null
  let pending = ''
  const flush = (): void => {
    if (pendingHref)
      xml += `<w:hyperlink r:id="${ctx.links.id(pendingHref)}" w:history="1">${pending}</w:hyperlink>`
    pendingHref = null
    pending = ''
  }
  const imageLabel = ctx.words.label('image')
  for (const node of nodes) {
    if (node.type === 'text') {
      const marks = node.marks
      // Most text has no marks: no formatting to work out, no link to check.
      const href = marks?.length ? safeHref(marks.find((m) => m.type === 'link')?.attrs?.href) : null
      const props = marks?.length
        ? { ...extra, ...markProps(marks), ...(href ? { style: 'Hyperlink' } : {}) }
        : extra
      const runXml = contentRun(ctx, node.text ?? '', props)
      if (href !== pendingHref) flush()
      if (href === null) xml += runXml
      else {
        pendingHref = href
        pending += runXml
      }
      continue
    }
    flush()
    if (node.type === 'hardBreak') xml += '<w:r><w:br/></w:r>'
    else if (node.content) xml += inlineXml(node.content, ctx, { ...extra, ...markProps(node.marks ?? []) })
    else
      xml += contentRun(ctx, node.text ?? attributeText(node, imageLabel), {
        ...extra,
        ...markProps(node.marks ?? [])
      })
  }
  flush()
  return xml
}
