/**
 * Images of the notes in the .docx: each an inline DrawingML picture in its own paragraph (ISO/IEC 29500-1 §20.4
 * wordprocessingDrawing, §20.2 picture), its bytes a media part (word/media/imageN.png|jpg) with a relationship
 * from the document. The alt text is the drawing's `descr`; a decorative image gets Office's decorative flag
 * (adec:decorative, Word 2019+) and an empty descr. Sizes: the size the writer gave it in the editor (CSS pixels at
 * 96 dpi; its own pixels when none), clamped to the text column, aspect ratio kept, and written in EMU as OOXML
 * requires (9 525 EMU per pixel at 96 dpi).
 */
import { imageAttrs, type ImageAttrs } from '../../shared/images'
import type { RichNode } from '../../shared/richtext'
import { TEXT_WIDTH } from './layout'
import { esc } from './wml'

const EMU_PER_PIXEL = 9525
/** The text column in CSS pixels (1 440 twips per inch, 96 px per inch). */
export const TEXT_WIDTH_PX = Math.floor(TEXT_WIDTH / 15)
/**
 * Drawing ids start high: other drawings of the document (charts) count their own ids from 1, and ids of
 * drawing objects must not repeat within a document.
 */
const FIRST_DRAWING_ID = 5001

const REL_IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image'
const NS_WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main'
const NS_PIC = 'http://schemas.openxmlformats.org/drawingml/2006/picture'
const DECORATIVE_EXT = '{C183D7F6-B498-43B3-948B-1728B52AA6E4}'
const NS_ADEC = 'http://schemas.microsoft.com/office/drawing/2017/decorative'

/** An image's bytes and its own size in pixels, as main read them (images/validate.ts). */
export interface ImageSource {
  bytes: Uint8Array
  width: number
  height: number
}

/** The size in the document, in pixels: the editor's size or the image's own, never wider than the column. */
export function documentSize(attrs: ImageAttrs, source: ImageSource): { width: number; height: number } {
  const width = attrs.width > 0 && attrs.height > 0 ? attrs.width : source.width
  const height = attrs.width > 0 && attrs.height > 0 ? attrs.height : source.height
  if (width <= TEXT_WIDTH_PX) return { width: Math.round(width), height: Math.round(height) }
  return { width: TEXT_WIDTH_PX, height: Math.max(1, Math.round((height * TEXT_WIDTH_PX) / width)) }
}

/** The images one export writes: media parts and relationships in document order, so the bytes are stable. */
export class DocImages {
  private readonly media: Array<{ id: string; part: string; bytes: Uint8Array }> = []
  private readonly byAsset = new Map<string, { id: string; part: string }>()
  private drawings = 0

  /** `sources`: the bytes of every image the report refers to that is still on disk. */
  constructor(private readonly sources: ReadonlyMap<string, ImageSource> = new Map()) {}

  /** The run of one image, or null when its bytes are not available (the caller writes its text instead). */
  run(node: RichNode): string | null {
    const attrs = imageAttrs(node)
    const source = this.sources.get(attrs.asset)
    if (!source) return null
    let media = this.byAsset.get(attrs.asset)
    if (!media) {
      const n = this.media.length + 1
      media = { id: `rIdImage${n}`, part: `media/image${n}.${attrs.asset.slice(-3)}` }
      this.media.push({ ...media, bytes: source.bytes })
      this.byAsset.set(attrs.asset, media)
    }
    const { width, height } = documentSize(attrs, source)
    const cx = width * EMU_PER_PIXEL
    const cy = height * EMU_PER_PIXEL
    const id = FIRST_DRAWING_ID + this.drawings++
    const descr = attrs.decorative ? '' : esc(attrs.alt.trim())
    const decorative = attrs.decorative
      ? `<a:extLst xmlns:a="${NS_A}"><a:ext uri="${DECORATIVE_EXT}"><adec:decorative xmlns:adec="${NS_ADEC}" val="1"/></a:ext></a:extLst>`
      : ''
    return (
      `<w:r><w:drawing><wp:inline xmlns:wp="${NS_WP}" distT="0" distB="0" distL="0" distR="0">` +
      `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
      `<wp:docPr id="${id}" name="Picture ${id}" descr="${descr}">${decorative}</wp:docPr>` +
      `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${NS_A}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
      `<a:graphic xmlns:a="${NS_A}"><a:graphicData uri="${NS_PIC}"><pic:pic xmlns:pic="${NS_PIC}">` +
      `<pic:nvPicPr><pic:cNvPr id="${id}" name="${media.part.slice(6)}" descr="${descr}"/><pic:cNvPicPr/></pic:nvPicPr>` +
      `<pic:blipFill><a:blip r:embed="${media.id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
      `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
      '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>' +
      '</wp:inline></w:drawing></w:r>'
    )
  }

  get isEmpty(): boolean {
    return this.media.length === 0
  }

  /** Relationship elements for word/_rels/document.xml.rels. */
  relationshipsXml(): string {
    return this.media
      .map((m) => `<Relationship Id="${m.id}" Type="${REL_IMAGE}" Target="${m.part}"/>`)
      .join('')
  }

  /** Default content types by extension, for [Content_Types].xml. */
  contentTypeDefaults(): [extension: string, type: string][] {
    const defaults: [string, string][] = []
    if (this.media.some((m) => m.part.endsWith('.png'))) defaults.push(['png', 'image/png'])
    if (this.media.some((m) => m.part.endsWith('.jpg'))) defaults.push(['jpg', 'image/jpeg'])
    return defaults
  }

  /** The media parts for the zip. */
  parts(): [name: string, data: Uint8Array][] {
    return this.media.map((m) => [`word/${m.part}`, m.bytes])
  }
}
