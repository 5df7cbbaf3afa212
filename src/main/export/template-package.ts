/**
 * The filled organisation template made into the same kind of document as the app's own: the report's body in
 * place of {{body}}, its lists and links added to the template's, the app's styles the template lacks added (the
 * template's own always win; without them LibreOffice lays tables out as loose paragraphs), the template's
 * language replaced by the report's, and the document properties — core, app, custom — the report's, not the
 * template file's dates and "Un-named" author. Written with the same ZIP writer: same report, same bytes.
 */
import { strFromU8 } from 'fflate'
import type { Report } from '../../shared/model'
import type { RenderContext } from './context'
import { XMLNS } from './document'
import { CONTENT_TYPES } from './package'
import { appXml, coreXml, customXml, documentProperties } from './properties'
import { appStyles } from './styles'
import type { DocumentWords } from './words'
import { zipParts, type Parts } from './zip'

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PROPERTY_RELS: [type: string, target: string][] = [
  [
    'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
    'docProps/core.xml'
  ],
  [`${REL}/extended-properties`, 'docProps/app.xml'],
  [`${REL}/custom-properties`, 'docProps/custom.xml']
]

/** The numbering ids the template already uses, so the body's lists come after them. */
export function listIdBases(numbering: Uint8Array | undefined): { numBase: number; abstractBase: number } {
  const xml = numbering ? strFromU8(numbering) : ''
  const max = (pattern: RegExp) => Math.max(0, ...[...xml.matchAll(pattern)].map((m) => Number(m[1])))
  return {
    numBase: max(/<w:num\b[^>]*\bw:numId="(\d+)"/g),
    abstractBase: max(/<w:abstractNum\b[^>]*\bw:abstractNumId="(\d+)"/g)
  }
}

/** Every w:lang (and the theme's font language) set to `locale`. */
function withLanguage(xml: string, locale: string): string {
  return xml
    .replace(/(<w:lang\b[^>]*?\bw:val=")[^"]*(")/g, `$1${locale}$2`)
    .replace(/(<w:themeFontLang\b[^>]*?\bw:val=")[^"]*(")/g, `$1${locale}$2`)
}

/** document.xml with the paragraph that holds `marker` replaced by `body`. */
function withBody(xml: string, marker: string, body: string): string {
  const at = xml.indexOf(marker)
  if (at < 0) return xml
  const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at))
  const end = xml.indexOf('</w:p>', at)
  if (start < 0 || end < 0) return xml
  let filled = xml.slice(0, start) + body + xml.slice(end + '</w:p>'.length)
  // The body's hyperlinks name relationships: the root must declare the r: prefix.
  if (!/<w:document\b[^>]*\bxmlns:r=/.test(filled))
    filled = filled.replace('<w:document ', `<w:document ${XMLNS.split(' ')[1]} `)
  return filled
}

/** The template's styles with the app's missing ones added (Word's defaults without their default flag). */
function withStyles(xml: string, locale: string): string {
  const present = new Set([...xml.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"/g)].map((m) => m[1]))
  const missing = [...appStyles(0).entries()]
    .filter(([id]) => !present.has(id))
    .map(([, style]) => style.replace(' w:default="1"', ''))
  return withLanguage(xml.replace('</w:styles>', `${missing.join('')}</w:styles>`), locale)
}

function withNumbering(xml: string | undefined, ctx: RenderContext): string {
  if (!xml) return ctx.numbering.xml()
  // All abstract definitions come before the first list instance (the schema's order).
  const firstNum = xml.search(/<w:num\b/)
  const withAbstracts =
    firstNum >= 0
      ? xml.slice(0, firstNum) + ctx.numbering.abstractsXml() + xml.slice(firstNum)
      : xml.replace('</w:numbering>', `${ctx.numbering.abstractsXml()}</w:numbering>`)
  return withAbstracts.replace('</w:numbering>', `${ctx.numbering.numsXml()}</w:numbering>`)
}

function withOverrides(xml: string, overrides: [string, string][]): string {
  const missing = overrides.filter(([path]) => !xml.includes(`PartName="/${path}"`))
  const added = missing
    .map(([path, type]) => `<Override PartName="/${path}" ContentType="${type}"/>`)
    .join('')
  return xml.replace('</Types>', `${added}</Types>`)
}

function withRelationships(
  xml: string,
  wanted: [type: string, target: string, id: string][],
  extra = ''
): string {
  const added = wanted
    .filter(([type]) => !xml.includes(`Type="${type}"`))
    .map(([type, target, id]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join('')
  return xml.replace('</Relationships>', `${added}${extra}</Relationships>`)
}

export interface TemplateFill {
  report: Report
  words: DocumentWords
  ctx: RenderContext
  body: string
  marker: string
}

/** The bytes of the finished document. */
export async function finishTemplatePackage(
  raw: Record<string, Uint8Array>,
  fill: TemplateFill
): Promise<Buffer> {
  const { report, words, ctx } = fill
  const locale = words.locale
  const parts = new Map<string, string | Uint8Array>(Object.entries(raw))
  const text = (name: string): string | undefined => {
    const value = parts.get(name)
    return value === undefined ? undefined : typeof value === 'string' ? value : strFromU8(value)
  }
  for (const name of parts.keys()) {
    if (/^word\/(header|footer)\d*\.xml$/.test(name))
      parts.set(name, withLanguage(text(name) as string, locale))
  }
  // The language is replaced before the body goes in: the body tags its own runs where they differ.
  parts.set(
    'word/document.xml',
    withBody(withLanguage(text('word/document.xml') ?? '', locale), fill.marker, fill.body)
  )
  const styles = text('word/styles.xml')
  if (styles) parts.set('word/styles.xml', withStyles(styles, locale))
  const settings = text('word/settings.xml')
  if (settings) parts.set('word/settings.xml', withLanguage(settings, locale))
  const overrides: [string, string][] = []
  if (!ctx.numbering.isEmpty) {
    parts.set('word/numbering.xml', withNumbering(text('word/numbering.xml'), ctx))
    overrides.push(['word/numbering.xml', CONTENT_TYPES.numbering])
  }
  const documentRels = text('word/_rels/document.xml.rels') ?? ''
  parts.set(
    'word/_rels/document.xml.rels',
    withRelationships(
      documentRels,
      ctx.numbering.isEmpty ? [] : [[`${REL}/numbering`, 'numbering.xml', 'rIdTkNumbering']],
      ctx.links.relationshipsXml() + (ctx.charts?.charts.relationshipsXml() ?? '')
    )
  )
  for (const [name, data] of (await ctx.charts?.charts.parts(report.updatedAt)) ?? []) parts.set(name, data)
  overrides.push(...(ctx.charts?.charts.contentTypes() ?? []))
  const properties = documentProperties(report, words)
  parts.set('docProps/core.xml', coreXml(properties))
  parts.set('docProps/app.xml', appXml(properties))
  parts.set('docProps/custom.xml', customXml(properties))
  overrides.push(
    ['docProps/core.xml', CONTENT_TYPES.core],
    ['docProps/app.xml', CONTENT_TYPES.app],
    ['docProps/custom.xml', CONTENT_TYPES.custom]
  )
  parts.set('[Content_Types].xml', withOverrides(text('[Content_Types].xml') ?? '', overrides))
  parts.set(
    '_rels/.rels',
    withRelationships(
      text('_rels/.rels') ?? '',
      PROPERTY_RELS.map(([type, target], i) => [type, target, `rIdTkProps${i + 1}`])
    )
  )
  // [Content_Types].xml and the package relationships first, then the parts in a fixed order.
  const first = ['[Content_Types].xml', '_rels/.rels']
  const rest = [...parts.keys()].filter((name) => !first.includes(name) && !name.endsWith('/')).sort()
  const ordered: Parts = [...first, ...rest].map((name) => [name, parts.get(name) as string | Uint8Array])
  return zipParts(ordered, report.updatedAt)
}
