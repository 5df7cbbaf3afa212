/**
 * What one export shares while its body is written: the document's words, the language of the report's own text,
 * the lists, the hyperlinks and the headings (for the table of contents). Ids are handed out in document order,
 * so the same report gives the same ids — and the same bytes — every time.
 */
import type { Language } from '../../shared/model'
import type { KeyFigureCharts } from './key-figure-charts'
import { DocImages } from './images'
import { Numbering } from './numbering'
import { esc, para, run, type Block, type RunProps } from './wml'
import { documentWords, localeOf, type DocumentWords } from './words'

export interface ContentsEntry {
  level: number
  text: string
  anchor: string
}

/** Hyperlink relationships of the body, one id per distinct address. */
export class Links {
  private readonly ids = new Map<string, string>()

  constructor(private readonly prefix = 'rIdLink') {}

  /** The relationship id of `url`. */
  id(url: string): string {
    let found = this.ids.get(url)
    if (!found) {
      found = `${this.prefix}${this.ids.size + 1}`
      this.ids.set(url, found)
    }
    return found
  }

  /** The Relationship elements. */
  relationshipsXml(): string {
    let xml = ''
    for (const [url, id] of this.ids) {
      xml += `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${esc(url)}" TargetMode="External"/>`
    }
    return xml
  }
}

export interface RenderContext {
  /** Words of the export language (labels). */
  words: DocumentWords
  /** The language tag for text the report's authors wrote, when it differs from the export language. */
  contentLang?: string
  numbering: Numbering
  links: Links
  /** The notes' images and their media parts (images.ts). */
  images: DocImages
  /** Headings 1–3 in order, for the table of contents. */
  contents: ContentsEntry[]
  /** Bookmark each heading, so the table of contents can link to it. */
  bookmarks: boolean
  /** The level of the last heading written (notes' headings never skip a level below it). */
  lastHeading: number
  /**
   * How much wider the body font runs than Calibri, for column widths: 1 in the app's own layout; more in an
   * organisation's template, whose font is not known (Arial runs up to a fifth wider).
   */
  fontScale: number
  /** Key-figure charts, when the export draws them (the app's own layout with the option on). */
  charts?: KeyFigureCharts
  /** wp:docPr ids handed out so far: every drawing of the body (chart, image) needs its own. */
  drawings: number
}

/** The next wp:docPr id of the body's drawings. */
export function nextDrawingId(ctx: RenderContext): number {
  return ++ctx.drawings
}

export interface ContextOptions {
  reportLanguage: Language
  exportLanguage: Language
  bookmarks?: boolean
  numbering?: Numbering
  links?: Links
  /** Without it, images are written as their alt text (an organisation template's package has no media). */
  images?: DocImages
  fontScale?: number
}

/** A fresh context for one export. */
export function createContext(options: ContextOptions): RenderContext {
  const { reportLanguage, exportLanguage } = options
  return {
    words: documentWords(exportLanguage),
    contentLang: reportLanguage === exportLanguage ? undefined : localeOf(reportLanguage),
    numbering: options.numbering ?? new Numbering(),
    links: options.links ?? new Links(),
    images: options.images ?? new DocImages(),
    contents: [],
    bookmarks: options.bookmarks ?? false,
    lastHeading: 0,
    fontScale: options.fontScale ?? 1,
    drawings: 0
  }
}

/** A run of text the report's authors wrote, tagged with its language when that differs from the document's. */
export function contentRun(
  ctx: RenderContext,
  text: string,
  props: RunProps = {},
  pageBreaks = true
): string {
  return run(text, ctx.contentLang ? { ...props, lang: ctx.contentLang } : props, pageBreaks)
}

/** A heading paragraph (level 1–3), recorded for the table of contents and bookmarked when it has one. */
export function headingBlock(ctx: RenderContext, level: number, content: string, text: string): Block {
  ctx.lastHeading = level
  if (!ctx.bookmarks) return para({ style: `Heading${level}` }, content)
  const id = ctx.contents.length + 1
  const anchor = `_Toc${String(id).padStart(6, '0')}`
  ctx.contents.push({ level, text, anchor })
  return para(
    { style: `Heading${level}` },
    `<w:bookmarkStart w:id="${id}" w:name="${anchor}"/>${content}<w:bookmarkEnd w:id="${id}"/>`
  )
}
